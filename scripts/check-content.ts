/**
 * `npm run check:content [dir]`: checks every chapter before the build. Exits 1 with one line per
 * problem ("content/chapters/x.mdx:12: unknown fact id ...") so a bad chapter never ships.
 * The registry itself is checked on import (lib/registry throws naming the file and the id).
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkChapter, formatProblems, type Problem } from '@/lib/content-check';
import { readStructure } from '@/lib/chapters';
import { chartNames, chartStepIds, isChartName } from '@/lib/charts/specs';
import { story } from '@/content/story';
import { glossary } from '@/content/glossary';

async function main() {
  const dir = process.argv[2] ?? path.join('content', 'chapters');
  let factIds: Set<string>;
  let factTexts: Map<string, string>;
  try {
    const { registry } = await import('@/lib/registry');
    factIds = new Set(registry.facts.keys());
    factTexts = new Map([...registry.facts].map(([id, f]) => [id, f.text]));
  } catch (e) {
    console.error(`Content check failed:\n${(e as Error).message}`);
    process.exit(1);
  }
  const problems: Problem[] = [];
  // Every chart's data must resolve: a chart given a series or fact the registry lacks stops here.
  const { chartData } = await import('@/lib/charts/resolve');
  for (const name of chartNames()) {
    try {
      chartData(name);
    } catch (e) {
      problems.push({ file: `content/charts/${name}.ts`, line: 1, message: (e as Error).message });
    }
  }
  // A chart's states are keyed by step id (content/charts/<name>.ts): the count the gate checks is derived from them.
  const charts = Object.fromEntries(chartNames().map((name) => [name, { states: chartStepIds(name).length }]));
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  const stepIds = new Map<string, string>();
  for (const f of files) {
    const slug = f.replace(/\.mdx$/, '');
    const rel = path.join(dir, f);
    if (!(story.chapters as readonly string[]).includes(slug))
      problems.push({ file: rel, line: 1, message: `"${slug}" is not a chapter slug in content/story.ts` });
    const source = fs.readFileSync(rel, 'utf8');
    problems.push(...checkChapter(rel, source, { factIds, factTexts, termIds: new Set(Object.keys(glossary)), charts, stepIds }));
    // A chart draws a state per step id: the scrolly's steps must be the ones its declaration names, in its order.
    for (const s of readStructure(source).scrollies) {
      if (!isChartName(s.chart)) continue;
      const declared = chartStepIds(s.chart);
      const written = s.steps.map((st) => st.id);
      if (declared.join(' ') !== written.join(' '))
        problems.push({ file: rel, line: s.line, message: `chart "${s.chart}" declares states for steps ${declared.join(', ')} (content/charts/${s.chart}.ts) but this scrolly has ${written.join(', ')}` });
    }
  }
  if (problems.length) {
    console.error(`Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${formatProblems(problems)}`);
    process.exit(1);
  }
  console.log(`Content check passed: ${files.length} chapters, ${stepIds.size} steps, ${factIds.size} facts.`);
}
main();
