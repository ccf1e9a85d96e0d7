/**
 * `npx tsx scripts/dump-registry.ts > registry.json`: the built registry as JSON, every fact fully
 * resolved (text, inherited sources, computed values) and sorted by id, then every series. Diff two
 * dumps taken before and after a change to content/facts/ to prove it changed no figure.
 * `--order` prints the registry order instead (the data room's default row order and the row order
 * of its downloads), one id a line, which moving facts between files changes.
 */
import { registry } from '@/lib/registry';

if (process.argv.includes('--order')) {
  process.stdout.write([...registry.facts.keys()].join('\n') + '\n');
} else {
  const facts = [...registry.facts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  process.stdout.write(JSON.stringify({ count: registry.facts.size, facts, series: [...registry.series.values()] }, null, 2) + '\n');
}
