/**
 * The content gate. Runs before `next build` (scripts/check-content.ts) and in unit tests on
 * broken fixtures. Every problem is reported as "file:line: what is wrong" (with the column where
 * it helps), and any problem stops the build: bad or missing frontmatter, unknown fact ids,
 * duplicate or missing step ids, unknown charts, more steps than a chart draws, steps without
 * speaker notes, step cards too long for a phone, unknown glossary terms, and figures typed into
 * prose instead of coming from the registry. It reads the chapter model (lib/chapter-model), so
 * it sees what the compiled page renders: a <Fact/> split over lines is a fact like any other.
 */
import type { Nodes, Root } from 'mdast';
import { countWords, readChapter, type ChapterDraft, type Lang, type ReadProblem, type StepModel } from './chapter-model';

export interface Problem { file: string; line: number; column?: number; message: string }
export interface CheckContext {
  factIds: ReadonlySet<string>;
  /** Each chart's states: how many, and (from its declaration) the step ids they are keyed by, in order. */
  charts: Readonly<Record<string, { states: number; steps?: readonly string[] }>>;
  /** Step ids seen in other chapters (step ids are unique across the story: the deck's URLs use them). */
  stepIds: Map<string, string>;
  /** Each fact's reading form ("about RMB 65,900"), so a <Fact/> counts as the words a reader sees. */
  factTexts?: ReadonlyMap<string, string>;
  /** Glossary ids (content/glossary.ts); when given, an unknown <Term id> is a problem. */
  termIds?: ReadonlySet<string>;
}

/**
 * A step card must fit a phone beside its pinned chart: one idea, at most this many words and
 * figures, per edition. Longer detail belongs in the prose between scrollies or in the data room.
 * Chinese is counted in characters (`words` counts `unit`s): 150 of them fill about the lines 70
 * English words do.
 */
export const CARD_LIMITS_BY_LANG: Readonly<Record<Lang, { words: number; figures: number; unit: string }>> = {
  en: { words: 70, figures: 3, unit: 'words' },
  zh: { words: 150, figures: 3, unit: 'characters' },
};

/**
 * What a reader sees of a step card, as words. <Notes> are the presenter's (readers never see
 * them). A <Fact/> counts as the words of its formatted value, because that is what is printed:
 * "about RMB 65,900" is three words. An unknown fact counts as one word (it is reported anyway).
 * A <Term> counts as the words between its tags; its definition opens on demand, outside the card.
 * A word is a run of characters with a letter or digit in it, so dashes and colons do not count.
 */
export function stepWords(step: StepModel, factTexts?: ReadonlyMap<string, string>, lang: Lang = 'en'): number {
  // The model counts each fact as one word ({its-id}); put in the words it prints instead.
  return step.words + step.facts.reduce((n, f) => n - 1 + countWords(factTexts?.get(f.id) ?? 'figure', lang), 0);
}

/** The same count for an MDX fragment (a step's body as written). */
export function cardWords(body: string, factTexts?: ReadonlyMap<string, string>): number {
  return stepWords(fragmentStep(body), factTexts);
}

/** The figures a step card prints: its <Fact/>s outside the presenter's notes. */
export function cardFigures(body: string): number {
  return fragmentStep(body).figures;
}

function fragmentStep(body: string): StepModel {
  const source = `<Scrolly>\n<Step>\n${body}\n</Step>\n</Scrolly>\n`;
  return readChapter(source, { file: 'fragment', slug: 'fragment' }).chapter.scrollies[0].steps[0];
}

/**
 * Digits allowed in prose outside <Fact/>: years (2021), and names with digits in them
 * (SU7, YU7, Q3, H1). Any other number must come from the registry.
 */
const ALLOWED_NUMBER = /^(?:(?:19|20)\d\d|[A-Z]+\d+[A-Za-z]*)$/;
/**
 * Chinese writes a context date's month and day in digits (2024年4月, 28日) where English spells
 * the month; those are allowed when 月 or 日 follows. A date that is itself a figure is a <Fact/>.
 */
const ALLOWED_BEFORE_ZH = /^[月日]/;
const NUMBER = /[A-Za-z$¥€£]*[0-9０-９](?:[0-9０-９,.]*[0-9０-９])?[A-Za-z%]*/g;

/** Numbers in the text a reader sees (text, code, expressions), with where each starts. */
function numbersInProse(tree: Root): { value: string; next: string; line: number; column: number }[] {
  const found: { value: string; next: string; line: number; column: number }[] = [];
  const visit = (n: Nodes) => {
    if ((n.type === 'text' || n.type === 'inlineCode' || n.type === 'mdxTextExpression' || n.type === 'mdxFlowExpression') && n.position) {
      for (const m of n.value.matchAll(NUMBER)) {
        const before = n.value.slice(0, m.index);
        const newlines = before.split('\n').length - 1;
        const column = newlines ? before.length - before.lastIndexOf('\n') : n.position.start.column + before.length;
        found.push({ value: m[0], next: n.value.slice(m.index + m[0].length, m.index + m[0].length + 1), line: n.position.start.line + newlines, column });
      }
    }
    if ('children' in n) for (const c of n.children) visit(c as Nodes);
  };
  visit(tree);
  return found;
}

export function checkChapter(file: string, source: string, ctx: CheckContext): Problem[] {
  const { chapter, tree, problems: read } = readChapter(source, { file, slug: '' });
  return checkModel(chapter, tree, read, ctx);
}

export function checkModel(chapter: ChapterDraft, tree: Root, read: readonly ReadProblem[], ctx: CheckContext): Problem[] {
  const file = chapter.file;
  const problems: Problem[] = read.map((p) => ({ file, ...p }));
  const add = (at: { line: number; column?: number }, message: string) => problems.push({ file, line: at.line, ...(at.column ? { column: at.column } : {}), message });
  const line = (l: number) => ({ line: l });

  if (chapter.frontmatter && !ctx.factIds.has(chapter.frontmatter.headlineFact))
    add(line(2), `frontmatter headlineFact: unknown fact id "${chapter.frontmatter.headlineFact}"`);
  for (const f of chapter.facts) if (!ctx.factIds.has(f.id)) add(f.position, `unknown fact id "${f.id}"`);
  if (ctx.termIds)
    for (const t of chapter.terms) if (!ctx.termIds.has(t.id)) add(t.position, `unknown glossary term "${t.id}" (add it to content/glossary.ts)`);
  if (chapter.scrollies.length === 0) add(line(chapter.bodyLine), 'no <Scrolly> in this chapter');

  for (const s of chapter.scrollies) {
    const at = line(s.position.line);
    const chart = ctx.charts[s.chart];
    if (!s.chart) add(at, '<Scrolly> needs a chart="..." attribute');
    else if (!chart) add(at, `unknown chart "${s.chart}" (known: ${Object.keys(ctx.charts).join(', ')})`);
    else if (s.steps.length > chart.states) add(at, `chart "${s.chart}" draws ${chart.states} states but this scrolly has ${s.steps.length} steps`);
    else if (chart.steps && chart.steps.join(' ') !== s.steps.map((st) => st.id).join(' '))
      add(at, `chart "${s.chart}" declares states for steps ${chart.steps.join(', ')} (content/charts/${s.chart}.ts) but this scrolly has ${s.steps.map((st) => st.id).join(', ')}`);
    if (s.steps.length === 0) add(at, '<Scrolly> has no <Step>');
    for (const step of s.steps) {
      const here = line(step.position.line);
      if (!step.id) add(here, '<Step> needs an id="..."');
      else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(step.id)) add(here, `step id "${step.id}" must be lower-case words joined by hyphens`);
      else if (ctx.stepIds.has(step.id)) add(here, `duplicate step id "${step.id}" (also in ${ctx.stepIds.get(step.id)})`);
      else ctx.stepIds.set(step.id, file);
      if (!step.notes) add(here, `step "${step.id}" has no <Notes> for the presenter`);
      const limits = CARD_LIMITS_BY_LANG[chapter.lang];
      const words = stepWords(step, ctx.factTexts, chapter.lang);
      if (words > limits.words) add(here, `step "${step.id}" has ${words} ${limits.unit} (at most ${limits.words})`);
      if (step.figures > limits.figures) add(here, `step "${step.id}" has ${step.figures} figures (at most ${limits.figures})`);
    }
  }

  // Figures typed into prose: every number in the text a reader sees must be a year or a name.
  const allowed = (n: { value: string; next: string }) =>
    ALLOWED_NUMBER.test(n.value) || (chapter.lang === 'zh' && /^\d{1,2}$/.test(n.value) && ALLOWED_BEFORE_ZH.test(n.next));
  for (const n of numbersInProse(tree))
    if (!allowed(n)) add(n, `number "${n.value}" typed into prose: use <Fact id="..."/> so it comes from the registry`);
  return problems;
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.message}${p.column ? ` (column ${p.column})` : ''}`).join('\n');
}
