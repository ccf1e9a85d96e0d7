/**
 * Reads one chapter's MDX source into the chapter model (types.ts): one parse (mdx-syntax.mjs),
 * one walk. Problems of the source itself (MDX syntax, frontmatter, a fact without an id or with
 * an `alt` that is not a number) come back with their line; rules that need the registry, the
 * glossary or the charts are the content gate's (lib/content-check.ts).
 */
import type { Nodes, Root, RootContent, Yaml } from 'mdast';
import type { Program } from 'estree';
import { attribute, elementsIn, isElement, parseMdx, stepsOf, stringAttribute, type JsxElement } from './mdx-syntax.mjs';
import { readFrontmatter } from './frontmatter';
import { countWords, plainText, readingMinutes } from './text';
import type { ChapterDraft, ChapterModel, FactRef, FactUse, Lang, Position, ReadProblem, StepModel, TermUse } from './types';

export interface ReadOptions { file: string; slug: string; lang?: Lang }
export interface ChapterRead { chapter: ChapterDraft; tree: Root; problems: ReadProblem[] }

/** The syntax behind a step, for readers that render it (the deck): its blocks and its notes' blocks. */
export interface StepNodes { blocks: RootContent[]; notes: RootContent[] }
const nodesOfStep = new WeakMap<StepModel, StepNodes>();
export function stepNodes(step: StepModel): StepNodes {
  const n = nodesOfStep.get(step);
  if (!n) throw new Error(`step "${step.id}": not read by the chapter model`);
  return n;
}

const positionOf = (node: Nodes): Position => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

/** `alt={2}` as a number: the attribute's expression must be a number literal. */
function numberAttribute(node: JsxElement, name: string): number | undefined | Error {
  const a = attribute(node, name);
  if (!a) return undefined;
  const program = typeof a.value === 'object' && a.value ? (a.value.data?.estree as Program | undefined) : undefined;
  const statement = program?.body[0];
  const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (expression?.type === 'Literal' && typeof expression.value === 'number') return expression.value;
  return new Error(`${name} must be a number, as in ${name}={0}`);
}

export function readChapter(source: string, { file, slug, lang = 'en' }: ReadOptions): ChapterRead {
  const problems: ReadProblem[] = [];
  let tree: Root;
  try {
    tree = parseMdx(source);
  } catch (e) {
    // The parser throws a VFileMessage: `place` is a point or a span; some messages only name
    // the span in their text, "Expected a closing tag for `<Step>` (3:1-3:14)".
    type Point = { line: number; column: number };
    const m = e as { place?: Point | { start: Point }; reason?: string; message: string };
    const named = /\((\d+):(\d+)-\d+:\d+\)$/.exec(m.reason ?? '');
    const at = m.place && 'start' in m.place ? m.place.start : (m.place ?? (named ? { line: Number(named[1]), column: Number(named[2]) } : undefined));
    problems.push({ line: at?.line ?? 1, ...(at?.column ? { column: at.column } : {}), message: `not valid MDX: ${m.reason ?? m.message}` });
    tree = { type: 'root', children: [] };
  }
  const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml');
  const frontmatter = readFrontmatter(yaml);
  problems.push(...(problems.length ? [] : frontmatter.problems));

  // Every fact and term in document order, with the step (and notes) it sits in.
  const facts: FactUse[] = [];
  const terms: TermUse[] = [];
  const factRef = (node: JsxElement): FactRef | null => {
    const id = stringAttribute(node, 'id');
    const alt = numberAttribute(node, 'alt');
    if (!id) problems.push({ ...positionOf(node), message: '<Fact> needs an id="..."' });
    if (alt instanceof Error) problems.push({ ...positionOf(node), message: `<Fact id="${id ?? ''}">: ${alt.message}` });
    if (!id || alt instanceof Error) return null;
    return { id, abs: attribute(node, 'abs') !== undefined, ...(alt === undefined ? {} : { alt }), position: positionOf(node) };
  };
  const walk = (node: Nodes, inStep?: string, inNotes?: boolean) => {
    if (isElement(node, 'Fact')) {
      const ref = factRef(node);
      if (ref) facts.push({ ...ref, ...(inStep === undefined ? {} : { inStep }), ...(inNotes ? { inNotes } : {}) });
      return;
    }
    if (isElement(node, 'Term')) {
      terms.push({ id: stringAttribute(node, 'id') ?? '', text: plainText(node), position: positionOf(node), ...(inStep === undefined ? {} : { inStep }), ...(inNotes ? { inNotes } : {}) });
    }
    const step = isElement(node, 'Step') ? (stringAttribute(node, 'id') ?? '') : inStep;
    const notes = inNotes || isElement(node, 'Notes');
    if ('children' in node) for (const c of node.children) walk(c as Nodes, step, notes);
  };
  walk(tree);

  const scrollies = elementsIn(tree, 'Scrolly').map((scrolly) => ({
    chart: stringAttribute(scrolly, 'chart') ?? '',
    position: positionOf(scrolly),
    steps: stepsOf(scrolly).map((node) => {
      const position = positionOf(node);
      const inside = (p: Position) => isWithin(p, node);
      const card = facts.filter((f) => !f.inNotes && inside(f.position)).map(({ inStep: _s, inNotes: _n, ...ref }) => ref);
      const text = plainText(node);
      const step: StepModel = {
        id: stringAttribute(node, 'id') ?? '',
        position,
        text,
        notes: elementsIn(node, 'Notes').map((n) => plainText(n, { notes: true })).join(' ').trim(),
        facts: card,
        terms: terms.filter((t) => inside(t.position)),
        figures: card.length,
        words: countWords(text, lang),
      };
      const children = node.children as RootContent[];
      // Notes on a line of their own are a block of the step; written at the end of a paragraph
      // they sit inside it (the page renders them as nothing there; renderers get a Notes too).
      nodesOfStep.set(step, {
        blocks: children.filter((c) => !isElement(c, 'Notes')),
        notes: elementsIn(node, 'Notes').flatMap((n) => n.children as RootContent[]),
      });
      return step;
    }),
  }));

  const words = countWords(plainText(tree), lang);
  const bodyLine = yaml?.position ? yaml.position.end.line + 1 : 1;
  return {
    chapter: { slug, file, lang, frontmatter: frontmatter.data, scrollies, facts, terms, words, readingMinutes: readingMinutes(words, lang), bodyLine },
    tree,
    problems,
  };
}

/** The model of a chapter read without problems; otherwise throws them, one "file:line: problem" a line. */
export function validModel({ chapter, problems }: ChapterRead): ChapterModel {
  if (problems.length || !chapter.frontmatter)
    throw new Error(problems.map((p) => `${chapter.file}:${p.line}: ${p.message}`).join('\n') || `${chapter.file}: no frontmatter`);
  const { bodyLine: _bodyLine, ...model } = chapter;
  return { ...model, frontmatter: chapter.frontmatter };
}

function isWithin(p: Position, node: Nodes): boolean {
  const s = node.position?.start;
  const e = node.position?.end;
  if (!s || !e) return false;
  const after = p.line > s.line || (p.line === s.line && p.column >= s.column);
  const before = p.line < e.line || (p.line === e.line && p.column < e.column);
  return after && before;
}
