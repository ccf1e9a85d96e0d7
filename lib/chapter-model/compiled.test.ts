/**
 * The model against MDX's own compiler: the step ids the compile-time plugin hands <Scrolly>, and
 * a step rendered from the model's nodes (as the deck does) against the same step compiled.
 */
import { evaluate } from '@mdx-js/mdx';
import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import remarkScrollyStepIds from './remark-scrolly-step-ids.mjs';
import { readChapter, stepNodes } from './read';
import { renderNodes } from './render';

const SOURCE = `Prose.

<Scrolly chart="bars">
<Step id="first">
A *figure* of <Fact id="loss" abs/> and <Fact
  id="cars"
  alt={1}
/>, see [the table](/data#cars) and the <Term id="segment">segment</Term>.

A second paragraph.
<Notes>Say it.</Notes>
</Step>

<Step id="second">
Two.

<Notes>
One.

Two <Fact id="cars"/>.
</Notes>
</Step>
</Scrolly>
`;

const Fact = ({ id, abs, alt }: { id: string; abs?: boolean; alt?: number }) => createElement('span', { 'data-fact': id, 'data-abs': abs, 'data-alt': alt });
const Term = ({ id, children }: { id: string; children?: ReactNode }) => createElement('dfn', { 'data-term': id }, children);

describe('remark-scrolly-step-ids', () => {
  it('gives each <Scrolly> the ids of its steps, as the model reads them', async () => {
    const seen: string[][] = [];
    const Scrolly = ({ stepIds }: { stepIds: string[] }) => (seen.push(stepIds), null);
    const { default: Content } = await evaluate(SOURCE, { ...runtime, remarkPlugins: [remarkScrollyStepIds] });
    renderToStaticMarkup(createElement(Content, { components: { Scrolly, Step: () => null, Fact, Term, Notes: () => null } }));
    const model = readChapter(SOURCE, { file: 'x.mdx', slug: 'x' }).chapter;
    expect(seen).toEqual([['first', 'second']]);
    expect(seen[0]).toEqual(model.scrollies[0].steps.map((s) => s.id));
  });
});

describe('renderNodes', () => {
  it('renders a step\'s nodes as MDX\'s compiler renders the step', async () => {
    let compiled = '';
    const Step = ({ id, children }: { id: string; children?: ReactNode }) => {
      if (id === 'first') compiled = renderToStaticMarkup(createElement(runtime.Fragment, null, children));
      return null;
    };
    const Notes = () => null;
    const { default: Content } = await evaluate(SOURCE, { ...runtime });
    renderToStaticMarkup(createElement(Content, { components: { Scrolly: ({ children }: { children?: ReactNode }) => children, Step, Notes, Fact, Term } }));

    const [first, second] = readChapter(SOURCE, { file: 'x.mdx', slug: 'x' }).chapter.scrollies[0].steps;
    const { blocks, notes } = stepNodes(first);
    const html = (nodes: Parameters<typeof renderNodes>[0]) => renderToStaticMarkup(createElement(runtime.Fragment, null, renderNodes(nodes, { Fact, Term, Notes })));
    expect(compiled).toContain('<span data-fact="loss" data-abs="true"></span>');
    expect(compiled).toContain('data-alt="1"');
    // The compiled step is its blocks and its (empty) notes; the model's blocks print the same.
    expect(html(blocks).replace(/\n/g, '')).toBe(compiled.replace(/\n/g, ''));
    // Notes written at the end of a paragraph are inline there: their words, without a paragraph.
    expect(html(notes)).toBe('Say it.');
    expect(html(stepNodes(second).notes)).toBe('<p>One.</p>\n<p>Two <span data-fact="cars"></span>.</p>');
  });
});
