/**
 * A chapter's frontmatter: its schema and how it is read from the YAML block, each problem on the
 * line of the key it is about (the block's first line when a key is missing).
 */
import type { Yaml } from 'mdast';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { ReadProblem } from './types';

export const FrontmatterSchema = z
  .object({
    title: z.string().min(3),
    /** One or two sentences for search results and social cards. */
    description: z.string().min(20).max(300),
    /** The one-line summary on the cover. */
    summary: z.string().min(10).max(200),
    /** The fact printed large on the chapter's social card. */
    headlineFact: z.string().min(1),
    /**
     * What the card says the headline figure is, when the fact's registry label would mislead on
     * its own ("Loss per car" for a segment's loss divided by cars). The period is added to it.
     */
    headlineCaption: z.string().min(10).max(90).optional(),
  })
  .strict();
export type Frontmatter = z.infer<typeof FrontmatterSchema>;

export const MISSING_FRONTMATTER = 'missing frontmatter (a --- block with title, description, summary, headlineFact)';

export function readFrontmatter(node: Yaml | undefined): { data: Frontmatter | null; problems: ReadProblem[] } {
  if (!node) return { data: null, problems: [{ line: 1, message: MISSING_FRONTMATTER }] };
  // The YAML starts on the line after the opening ---.
  const first = (node.position?.start.line ?? 1) + 1;
  const lines = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter: lines });
  const at = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: first + p.line - 1, column: p.col };
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    return { data: null, problems: [{ ...at(e.pos[0]), message: `frontmatter is not valid YAML: ${e.message.split('\n')[0]}` }] };
  }
  const keyAt = (key: unknown) => {
    if (!isMap(doc.contents)) return { line: first };
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
    return range ? at(range[0]) : { line: first };
  };
  const r = FrontmatterSchema.safeParse(doc.toJS());
  if (r.success) return { data: r.data, problems: [] };
  return {
    data: null,
    problems: r.error.issues.map((issue) => {
      const key = issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
      return { ...(key === undefined ? { line: first } : keyAt(key)), message: `frontmatter "${issue.path.join('.') || '(root)'}": ${issue.message}` };
    }),
  };
}
