/**
 * Renders a piece of a chapter's syntax tree (the model's nodes for a step) as React, the way
 * MDX's compiler renders the page: mdast to hast with MDX's node types passed through (as
 * @mdx-js/mdx does), then to elements, JSX elements by the components given (lib/ imports no
 * components: the caller passes <Fact> and <Term>). Attribute expressions may only be literals
 * (`alt={0}`), which is all a chapter writes; anything else, or a component not given, is an
 * error naming it.
 */
import type { RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import type { Expression } from 'estree';
import { toHast } from 'mdast-util-to-hast';
import { toJsxRuntime, type Components, type CreateEvaluater } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

const MDX_NODES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

/** The value of an expression: a literal, or the name of a JSX element's component. */
const valueOf = (components: Partial<Components>) => (e: Expression): unknown => {
  if (e.type === 'Identifier') {
    const c = (components as Record<string, unknown>)[e.name];
    if (!c) throw new Error(`chapter model: no component for <${e.name}> (give it to renderNodes)`);
    return c;
  }
  if (e.type === 'Literal') return e.value;
  if (e.type === 'UnaryExpression' && e.operator === '-' && e.argument.type === 'Literal' && typeof e.argument.value === 'number') return -e.argument.value;
  throw new Error(`chapter model: cannot render the expression ${e.type} (only literals such as alt={0})`);
};

const literalsOnly = (components: Partial<Components>): CreateEvaluater => () => ({
  evaluateExpression: valueOf(components),
  evaluateProgram: () => {
    throw new Error('chapter model: cannot render {expressions} or imports in a step');
  },
});

export function renderNodes(nodes: readonly RootContent[], components: Partial<Components>): ReactNode {
  const hast = toHast({ type: 'root', children: [...nodes] }, { passThrough: [...MDX_NODES], allowDangerousHtml: true });
  return toJsxRuntime(hast, { Fragment, jsx, jsxs, components, createEvaluater: literalsOnly(components) });
}
