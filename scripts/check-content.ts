/**
 * `npm run check:content [dir]`: checks every chapter before the build. Exits 1 with one line per
 * problem ("content/chapters/x.mdx:12: unknown fact id ... (column 5)") so a bad chapter never ships.
 * Both editions: the Chinese chapters (content/zh/chapters) pass the same gate, must match the
 * English ones step for step (lib/content-editions.ts), and every fact needs its Chinese words.
 * The registry itself is checked on import (lib/registry throws naming the file and the id).
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkModel, formatProblems, type CheckContext, type Problem } from '@/lib/content-check';
import { compareEditions } from '@/lib/content-editions';
import { chapterDir, readChapterFile, validModel, type ChapterModel, type Lang } from '@/lib/chapter-model';
import { formatValue } from '@/lib/registry/format';
import { checkWording } from '@/lib/registry/wording';
import { factWordingZh } from '@/content/zh/facts';
import { glossaryZh } from '@/content/zh/glossary';
import { chartNames, chartStepIds } from '@/lib/charts/specs';
import { story } from '@/content/story';
import { glossary } from '@/content/glossary';

/** Checks one edition's folder; returns its chapter models (for the comparison) and the step count. */
async function checkEdition(lang: Lang, dir: string, ctx: Omit<CheckContext, 'stepIds' | 'termIds'>, termIds: Set<string>, problems: Problem[]) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  const stepIds = new Map<string, string>();
  const models = new Map<string, ChapterModel>();
  for (const f of files) {
    const slug = f.replace(/\.mdx$/, '');
    const rel = path.join(dir, f);
    if (!(story.chapters as readonly string[]).includes(slug))
      problems.push({ file: rel, line: 1, message: `"${slug}" is not a chapter slug in content/story.ts` });
    // The same memoised parse the build's other readers use (lib/chapter-model).
    const read = readChapterFile(path.resolve(rel), slug, lang);
    const found = checkModel(read.chapter, read.tree, read.problems, { ...ctx, termIds, stepIds });
    problems.push(...found);
    if (!found.length && read.chapter.frontmatter) models.set(slug, validModel(read));
  }
  return { files, stepIds, models };
}

async function main() {
  // `check:content <dir>` checks one English folder (the fixtures' tests use it); with no
  // argument both editions are checked and compared.
  const only = process.argv[2];
  let registry: typeof import('@/lib/registry').registry;
  try {
    registry = (await import('@/lib/registry')).registry;
  } catch (e) {
    console.error(`Content check failed:\n${(e as Error).message}`);
    process.exit(1);
  }
  const factIds = new Set(registry.facts.keys());
  const factTexts = (lang: Lang) => new Map([...registry.facts].map(([id, f]) => [id, formatValue(f, { locale: lang })]));
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
  // A chart's states are keyed by step id (content/charts/<name>.ts): a scrolly must have exactly those steps, in that order.
  const charts = Object.fromEntries(chartNames().map((name) => [name, { states: chartStepIds(name).length, steps: chartStepIds(name) }]));
  const en = await checkEdition('en', only ?? chapterDir('en'), { factIds, factTexts: factTexts('en'), charts }, new Set(Object.keys(glossary)), problems);
  let summary = `${en.files.length} chapters, ${en.stepIds.size} steps, ${factIds.size} facts`;
  if (!only) {
    const zh = await checkEdition('zh', chapterDir('zh'), { factIds, factTexts: factTexts('zh'), charts }, new Set(Object.keys(glossaryZh)), problems);
    for (const slug of story.chapters) {
      const [e, z] = [en.models.get(slug), zh.models.get(slug)];
      if (e && !z && !zh.files.includes(`${slug}.mdx`)) problems.push({ file: path.join(chapterDir('zh'), `${slug}.mdx`).replace(`${process.cwd()}/`, ''), line: 1, message: `the Chinese edition has no chapter "${slug}"` });
      if (e && z) problems.push(...compareEditions(e, z));
    }
    for (const message of checkWording(registry.facts.values(), factWordingZh)) problems.push({ file: 'content/zh/facts.ts', line: 1, message: message.replace(/^content\/zh\/facts\.ts: /, '') });
    summary += `; Chinese: ${zh.files.length} chapters, ${zh.stepIds.size} steps, every fact worded`;
  }
  if (problems.length) {
    console.error(`Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${formatProblems(problems)}`);
    process.exit(1);
  }
  console.log(`Content check passed: ${summary}.`);
}
main();
