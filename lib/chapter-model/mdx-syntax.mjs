/**
 * The one MDX parser and the few syntax rules every reader of a chapter shares. Plain JavaScript
 * because two programs load it: the chapter model (lib/chapter-model/read.ts, under tsx, vitest and
 * Next) and the remark plugin that MDX's compiler loads by path while it builds a page
 * (remark-scrolly-step-ids.mjs; the bundler's loader runs plain Node, which cannot load TypeScript).
 * Types: mdx-syntax.d.mts.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** MDX source to its syntax tree, with paragraphs that hold only JSX unravelled as MDX's compiler does. */
export function parseMdx(source) {
  const tree = parser.parse(source);
  unravel(tree);
  return tree;
}

const isBlank = (node) => node.type === 'text' && node.value.trim() === '';

/**
 * `<Notes>Say it.</Notes>` on a line of its own parses as a paragraph holding one inline element;
 * MDX's compiler (remark-mark-and-unravel) makes such a paragraph a block. The model does the
 * same, so it sees the structure the compiled page renders.
 */
function unravel(node) {
  if (!node.children) return;
  for (let i = 0; i < node.children.length; i++) {
    const child = node.children[i];
    if (child.type === 'paragraph' && child.children.some((c) => c.type === 'mdxJsxTextElement' || c.type === 'mdxTextExpression')
      && child.children.every((c) => c.type === 'mdxJsxTextElement' || c.type === 'mdxTextExpression' || isBlank(c))) {
      const blocks = child.children.filter((c) => !isBlank(c));
      for (const b of blocks) b.type = b.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : 'mdxFlowExpression';
      node.children.splice(i, 1, ...blocks);
      i--;
      continue;
    }
    unravel(child);
  }
}

/** Is `node` the JSX element `<name>` (block or inline)? */
export function isElement(node, name) {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
}

/** The attribute `name` of a JSX element, or undefined. */
export function attribute(node, name) {
  return node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** A JSX attribute written as a string (`id="x"`), or undefined when absent or not a string. */
export function stringAttribute(node, name) {
  const a = attribute(node, name);
  return a && typeof a.value === 'string' ? a.value : undefined;
}

/** Every `<name>` element below `node`, outermost first, not looking inside the ones found. */
export function elementsIn(node, name) {
  const found = [];
  const visit = (n) => {
    for (const c of n.children ?? []) {
      if (isElement(c, name)) found.push(c);
      else visit(c);
    }
  };
  visit(node);
  return found;
}

/** A scrolly's steps, in order. */
export function stepsOf(scrolly) {
  return elementsIn(scrolly, 'Step');
}
