import { describe, expect, it } from 'vitest';
import { readChapter, stepNodes, validModel } from './read';

const SOURCE = `---
title: A chapter
description: "A description long enough to pass the check."
summary: A one-line summary.
headlineFact: loss
---

Intro with <Fact id="a"/> and a <Term id="segment">segment</Term>.

<Scrolly chart="bars">

<Step id="one">
Step one prints <Fact
  id="b"
  abs
/> and <Fact id="c" alt={1}/>.

More words — here.

<Notes>
Say <Fact id="d"/> aloud.
</Notes>
</Step>

<Step id="two">
Two.
<Notes>Short.</Notes>
</Step>

</Scrolly>
`;

const read = () => readChapter(SOURCE, { file: 'x.mdx', slug: 'x' });

describe('readChapter', () => {
  it('reads frontmatter, scrollies and steps with their positions', () => {
    const { chapter, problems } = read();
    expect(problems).toEqual([]);
    expect(chapter.frontmatter?.title).toBe('A chapter');
    expect(chapter.lang).toBe('en');
    expect(chapter.bodyLine).toBe(7);
    expect(chapter.scrollies).toHaveLength(1);
    const [s] = chapter.scrollies;
    expect(s.chart).toBe('bars');
    expect(s.position).toEqual({ line: 10, column: 1 });
    expect(s.steps.map((st) => [st.id, st.position.line])).toEqual([['one', 12], ['two', 25]]);
  });

  it('finds every fact with its step, notes and attributes, including one split over lines', () => {
    const { chapter } = read();
    expect(chapter.facts).toEqual([
      { id: 'a', abs: false, position: { line: 8, column: 12 } },
      { id: 'b', abs: true, position: { line: 13, column: 17 }, inStep: 'one' },
      { id: 'c', abs: false, alt: 1, position: { line: 16, column: 8 }, inStep: 'one' },
      { id: 'd', abs: false, position: { line: 21, column: 5 }, inStep: 'one', inNotes: true },
    ]);
    expect(chapter.terms).toEqual([{ id: 'segment', text: 'segment', position: { line: 8, column: 33 } }]);
  });

  it('gives each step its card text, notes, facts, figures and words', () => {
    const [one, two] = read().chapter.scrollies[0].steps;
    expect(one.text).toBe('Step one prints {b} and {c}. More words — here.');
    expect(one.notes).toBe('Say {d} aloud.');
    expect(one.facts.map((f) => f.id)).toEqual(['b', 'c']);
    expect(one.figures).toBe(2);
    expect(one.words).toBe(9); // the dash is not a word; each fact is one
    expect(two).toMatchObject({ text: 'Two.', notes: 'Short.', figures: 0, words: 1 });
  });

  it('keeps the syntax behind each step: its blocks and its notes\' blocks', () => {
    const { blocks, notes } = stepNodes(read().chapter.scrollies[0].steps[0]);
    expect(blocks.map((b) => [b.type, b.position?.start.line])).toEqual([['paragraph', 13], ['paragraph', 18]]);
    expect(notes.map((b) => [b.type, b.position?.start.line])).toEqual([['paragraph', 21]]);
  });

  it('counts the words a reader reads, notes left out', () => {
    // Intro (6 with the fact), step one (9), step two (1).
    expect(read().chapter.words).toBe(16);
  });

  it('reports bad frontmatter with the line of the key, or the first line for a missing key', () => {
    const bad = SOURCE.replace('summary: A one-line summary.', 'summary: Short').replace('title: A chapter\n', '');
    const { problems } = readChapter(bad, { file: 'x.mdx', slug: 'x' });
    expect(problems).toEqual([
      { line: 2, message: expect.stringMatching(/^frontmatter "title": /) },
      { line: 3, column: 1, message: expect.stringMatching(/^frontmatter "summary": /) },
    ]);
    expect(() => validModel(readChapter(bad, { file: 'x.mdx', slug: 'x' }))).toThrow(/^x\.mdx:2: frontmatter "title": .*\nx\.mdx:3: frontmatter "summary": /);
    expect(readChapter('No frontmatter.', { file: 'y.mdx', slug: 'y' }).problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/^missing frontmatter/) });
    expect(readChapter('---\ntitle: [unclosed\n---\n', { file: 'y.mdx', slug: 'y' }).problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^frontmatter is not valid YAML/) });
  });

  it('reports a fact without an id or with an alt that is not a number', () => {
    const { problems } = readChapter(`${SOURCE}\n<Fact abs/> and <Fact id="e" alt="one"/>\n`, { file: 'x.mdx', slug: 'x' });
    expect(problems).toEqual([
      { line: 32, column: 1, message: '<Fact> needs an id="..."' },
      { line: 32, column: 17, message: '<Fact id="e">: alt must be a number, as in alt={0}' },
    ]);
  });

  it('reports MDX it cannot parse with its line', () => {
    const { problems } = readChapter(`${SOURCE}\n<Step id="x">\nUnclosed.\n`, { file: 'x.mdx', slug: 'x' });
    expect(problems[0]).toMatchObject({ line: 32, column: 1, message: expect.stringMatching(/^not valid MDX: /) });
  });
});
