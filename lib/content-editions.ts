/**
 * The Chinese edition against the English one: a reader who switches language keeps their place,
 * and a presenter's slide links work in both, only if the two have the same scrollies with the
 * same charts, the same step ids in the same order, notes on every step, and the same headline
 * figure. Every mismatch names the Chinese file and the line of the step or scrolly.
 */
import type { ChapterModel } from './chapter-model';
import type { Problem } from './content-check';

export function compareEditions(en: ChapterModel, zh: ChapterModel): Problem[] {
  const problems: Problem[] = [];
  const add = (line: number, message: string) => problems.push({ file: zh.file, line, message });
  if (zh.frontmatter.headlineFact !== en.frontmatter.headlineFact)
    add(2, `headlineFact "${zh.frontmatter.headlineFact}" differs from the English "${en.frontmatter.headlineFact}" (${en.file})`);
  if (zh.scrollies.length !== en.scrollies.length)
    add(1, `${zh.scrollies.length} <Scrolly> blocks, but the English (${en.file}) has ${en.scrollies.length}`);
  en.scrollies.forEach((e, i) => {
    const z = zh.scrollies[i];
    if (!z) return;
    if (z.chart !== e.chart) add(z.position.line, `scrolly ${i + 1} draws chart "${z.chart}", the English draws "${e.chart}"`);
    const want = e.steps.map((s) => s.id);
    want.forEach((id, j) => {
      const step = z.steps[j];
      if (!step) add(z.position.line, `scrolly ${i + 1} is missing step "${id}" (the English has ${want.length} steps)`);
      else if (step.id !== id) add(step.position.line, `step "${step.id}" is where the English has step "${id}" (same ids, same order)`);
    });
    for (const extra of z.steps.slice(want.length)) add(extra.position.line, `step "${extra.id}" has no English counterpart`);
    for (const step of z.steps) if (step.id && !step.notes) add(step.position.line, `step "${step.id}" has no <Notes> for the presenter`);
  });
  return problems;
}
