/**
 * Prints every fact as a Chinese reader sees it in the data room (label | figure | period | measure),
 * with the other sources' figures after "另:" where they differ, to read the Chinese edition through.
 * Usage: npx tsx scripts/zh-fact-rows.ts [id-prefix]
 */
import { registry } from '@/lib/registry';
import { formatValue } from '@/lib/registry/format';
import { factWords } from '@/lib/registry/wording';
import { factWordingZh } from '@/content/zh/facts';

const prefix = process.argv[2] ?? '';
for (const f of registry.facts.values()) {
  if (!f.id.startsWith(prefix)) continue;
  const w = factWords(f, 'zh', factWordingZh);
  const others = f.status.kind === 'differ'
    ? ` 另: ${f.status.alternatives.map((a) => formatValue({ ...f, ...a, unit: a.unit ?? f.unit, qualifier: a.qualifier }, { locale: 'zh' })).join(' / ')}`
    : '';
  console.log(`${w.label} | ${formatValue(f, { locale: 'zh' })} | ${w.period} | ${w.measure}${others}`);
}
