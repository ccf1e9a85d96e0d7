/**
 * The content gate. Runs before `next build` (scripts/check-content.ts) and in unit tests on
 * broken fixtures. Every problem is reported as "file:line: what is wrong", and any problem
 * stops the build: bad or missing frontmatter, unknown fact ids, duplicate or missing step ids,
 * unknown charts, more steps than a chart draws, steps without speaker notes, step cards too long
 * for a phone, unknown glossary terms, and figures typed into prose instead of coming from the
 * registry.
 */
import { parse as parseYaml } from 'yaml';
import { FrontmatterSchema, lineAt, readStructure, splitFrontmatter } from './chapters';

export interface Problem { file: string; line: number; message: string }
export interface CheckContext {
  factIds: ReadonlySet<string>;
  charts: Readonly<Record<string, { states: number }>>;
  /** Step ids seen in other chapters (step ids are unique across the story: the deck's URLs use them). */
  stepIds: Map<string, string>;
  /** Each fact's reading form ("about RMB 65,900"), so a <Fact/> counts as the words a reader sees. */
  factTexts?: ReadonlyMap<string, string>;
  /** Glossary ids (content/glossary.ts); when given, an unknown <Term id> is a problem. */
  termIds?: ReadonlySet<string>;
}

/**
 * A step card must fit a phone beside its pinned chart: one idea, at most this many words and
 * figures. Longer detail belongs in the prose between scrollies or in the data room.
 */
export const CARD_LIMITS = { words: 70, figures: 3 } as const;

/**
 * What a reader sees of a step card, as words. <Notes> are the presenter's (readers never see
 * them). A <Fact/> counts as the words of its formatted value, because that is what is printed:
 * "about RMB 65,900" is three words. An unknown fact counts as one word (it is reported anyway).
 * A <Term> counts as the words between its tags; its definition opens on demand, outside the card.
 * A word is a run of characters with a letter or digit in it, so dashes and colons do not count.
 */
export function cardWords(body: string, factTexts?: ReadonlyMap<string, string>): number {
  const text = body
    .replace(/<Notes>[\s\S]*?<\/Notes>/g, ' ')
    .replace(/<Fact\b[^>]*?id="([^"]*)"[^>]*\/>/g, (_, id: string) => ` ${factTexts?.get(id) ?? 'figure'} `)
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The figures a step card prints: its <Fact/>s outside the presenter's notes. */
export function cardFigures(body: string): number {
  return (body.replace(/<Notes>[\s\S]*?<\/Notes>/g, ' ').match(/<Fact\b/g) ?? []).length;
}

/**
 * Digits allowed in prose outside <Fact/>: years (2021), and names with digits in them
 * (SU7, YU7, Q3, H1). Any other number must come from the registry.
 */
const ALLOWED_NUMBER = /^(?:(?:19|20)\d\d|[A-Z]+\d+[A-Za-z]*)$/;

export function checkChapter(file: string, source: string, ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const add = (line: number, message: string) => problems.push({ file, line, message });

  const { yaml, body, bodyLine } = splitFrontmatter(source);
  if (yaml === null) add(1, 'missing frontmatter (a --- block with title, description, summary, headlineFact)');
  else {
    let data: unknown;
    try {
      data = parseYaml(yaml);
    } catch (e) {
      add(2, `frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
    if (data !== undefined) {
      const r = FrontmatterSchema.safeParse(data);
      if (!r.success) for (const issue of r.error.issues) add(2, `frontmatter "${issue.path.join('.') || '(root)'}": ${issue.message}`);
      else if (!ctx.factIds.has(r.data.headlineFact)) add(2, `frontmatter headlineFact: unknown fact id "${r.data.headlineFact}"`);
    }
  }

  const { scrollies, factIds } = readStructure(source);
  for (const f of factIds) if (!ctx.factIds.has(f.id)) add(f.line, `unknown fact id "${f.id}"`);
  if (ctx.termIds) {
    const termRe = /<Term\b[^>]*?id="([^"]*)"/g;
    for (let m; (m = termRe.exec(source)); )
      if (!ctx.termIds.has(m[1])) add(lineAt(source, m.index), `unknown glossary term "${m[1]}" (add it to content/glossary.ts)`);
  }
  if (scrollies.length === 0) add(bodyLine, 'no <Scrolly> in this chapter');

  for (const s of scrollies) {
    const chart = ctx.charts[s.chart];
    if (!s.chart) add(s.line, '<Scrolly> needs a chart="..." attribute');
    else if (!chart) add(s.line, `unknown chart "${s.chart}" (known: ${Object.keys(ctx.charts).join(', ')})`);
    else if (s.steps.length > chart.states) add(s.line, `chart "${s.chart}" draws ${chart.states} states but this scrolly has ${s.steps.length} steps`);
    if (s.steps.length === 0) add(s.line, '<Scrolly> has no <Step>');
    for (const step of s.steps) {
      if (!step.id) add(step.line, '<Step> needs an id="..."');
      else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(step.id)) add(step.line, `step id "${step.id}" must be lower-case words joined by hyphens`);
      else if (ctx.stepIds.has(step.id)) add(step.line, `duplicate step id "${step.id}" (also in ${ctx.stepIds.get(step.id)})`);
      else ctx.stepIds.set(step.id, file);
      if (!step.notes) add(step.line, `step "${step.id}" has no <Notes> for the presenter`);
      const words = cardWords(step.body, ctx.factTexts);
      if (words > CARD_LIMITS.words) add(step.line, `step "${step.id}" has ${words} words (at most ${CARD_LIMITS.words})`);
      const figures = cardFigures(step.body);
      if (figures > CARD_LIMITS.figures) add(step.line, `step "${step.id}" has ${figures} figures (at most ${CARD_LIMITS.figures})`);
    }
  }

  // Figures typed into prose: strip what may hold digits legitimately, then look for numbers.
  const prose = body
    .replace(/^(import|export)\s.*$/gm, (l) => ' '.repeat(l.length))
    .replace(/<[A-Za-z][^>]*>/g, (t) => ' '.repeat(t.length)) // tags and their attributes
    .replace(/<\/[A-Za-z]+>/g, (t) => ' '.repeat(t.length))
    .replace(/\]\([^)]*\)/g, (t) => ' '.repeat(t.length)); // link targets
  const numberRe = /[A-Za-z$¥€£]*\d(?:[\d,.]*\d)?[A-Za-z%]*/g;
  for (let m; (m = numberRe.exec(prose)); ) {
    if (!ALLOWED_NUMBER.test(m[0])) add(bodyLine - 1 + lineAt(prose, m.index), `number "${m[0]}" typed into prose: use <Fact id="..."/> so it comes from the registry`);
  }
  return problems;
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
}
