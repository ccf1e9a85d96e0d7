/**
 * The post-build steps read exported pages with a real HTML parser (htmlparser2) and change them by
 * splicing text at the positions the parser reports, so every byte they do not mean to change stays
 * exactly as Next wrote it (a re-serialised tree would respell attributes and void tags, and the CSP
 * hashes must match the bytes the browser reads). When a page lacks what a step relies on, the step
 * throws a PostbuildError naming the file and what was expected, and the build stops.
 */
import { Parser } from 'htmlparser2';
import { DomHandler, Element, isTag, type ChildNode, type Document } from 'domhandler';

export class PostbuildError extends Error {}

export type Page = {
  /** The file's path, for messages (e.g. out/the-bet.html). */
  file: string;
  html: string;
  doc: Document;
  /** Index of the `>` that ends each element's start tag. */
  startTagEnds: WeakMap<Element, number>;
};

/** A DomHandler that also records where each start tag ends (domhandler keeps only where it starts). */
class IndexingHandler extends DomHandler {
  startTagEnds = new WeakMap<Element, number>();
  private parserRef: Parser | null = null;
  onparserinit(parser: Parser) {
    super.onparserinit(parser);
    this.parserRef = parser;
  }
  onopentag(name: string, attribs: Record<string, string>) {
    super.onopentag(name, attribs);
    this.startTagEnds.set(this.tagStack[this.tagStack.length - 1] as Element, this.parserRef!.endIndex);
  }
}

export function parsePage(file: string, html: string): Page {
  const handler = new IndexingHandler(undefined, { withStartIndices: true, withEndIndices: true });
  new Parser(handler).end(html);
  return { file, html, doc: handler.root, startTagEnds: handler.startTagEnds };
}

/** Every element in document order (attribute names are lower-cased by the parser). */
export function elements(page: Page, test: (el: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (!isTag(n)) continue;
      if (test(n)) found.push(n);
      walk(n.children);
    }
  };
  walk(page.doc.children);
  return found;
}

export function fail(page: Page, expected: string): never {
  throw new PostbuildError(`${page.file}: expected ${expected}`);
}

/** The one element matching `test`, or a PostbuildError saying what was expected. */
export function theElement(page: Page, test: (el: Element) => boolean, what: string): Element {
  const [el] = elements(page, test);
  return el ?? fail(page, what);
}

export const byName = (name: string) => (el: Element) => el.name === name;

export function startTagEnd(page: Page, el: Element): number {
  const end = page.startTagEnds.get(el);
  if (end === undefined) fail(page, `the parser to have seen <${el.name}>'s start tag`);
  return end + 1;
}

/** Where the element's explicit closing tag starts (a page whose </body> is implied has none to insert before). */
export function closeTagStart(page: Page, el: Element): number {
  const close = `</${el.name}>`;
  const at = el.endIndex! + 1 - close.length;
  if (page.html.slice(at, el.endIndex! + 1).toLowerCase() !== close) fail(page, `a closing ${close} tag`);
  return at;
}

/** The exact source text between an element's start and end tags (a script's code, byte for byte). */
export function rawInner(page: Page, el: Element): string {
  return page.html.slice(startTagEnd(page, el), closeTagStart(page, el));
}

export const outerRange = (el: Element): [number, number] => [el.startIndex!, el.endIndex! + 1];

export type Edit = { start: number; end: number; text: string };

/** The page's text with each [start, end) range replaced by its text; ranges must not overlap. */
export function applyEdits(html: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new PostbuildError(`overlapping edits at ${e.start}`);
    out += html.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + html.slice(at);
}
