import { describe, expect, it } from 'vitest';
import { readChapter } from '@/lib/chapter-model';
import { buildUsage, groupOf, type ChapterInput } from './usage';

const source = `---
title: x
---
Intro with <Fact id="a"/>.

<Scrolly chart="c1">
<Step id="s1">
Step one prints <Fact id="b" abs/> and <Fact id="a"/>.
<Notes>n</Notes>
</Step>
<Step id="s2">
Two: <Fact id="c"/>.
</Step>
</Scrolly>

After: <Fact id="c" alt={0}/>.
`;

/** The facts as the chapter model reads them from a source. */
const factsOf = (mdx: string) => readChapter(mdx, { file: 'x.mdx', slug: 'x' }).chapter.facts;
const one: ChapterInput = { slug: 'one', title: 'One', facts: factsOf(source), headlineFact: 'h', scrollies: [{ chart: 'c1', firstStep: 's1' }] };
const two: ChapterInput = { slug: 'two', title: 'Two', facts: factsOf('Only <Fact id="c"/> here.'), headlineFact: 'c', scrollies: [] };
const charts = [{ name: 'c1', title: 'Chart one', factIds: ['b', 'd', 'd'] }];
const ids = ['a', 'b', 'c', 'd', 'h', 'unused', 'derived'];

describe('the facts the usage map is given', () => {
  it('are every <Fact> with the step it sits in', () => {
    expect(factsOf(source).map((f) => ({ id: f.id, step: f.inStep ?? null }))).toEqual([
      { id: 'a', step: null },
      { id: 'b', step: 's1' },
      { id: 'a', step: 's1' },
      { id: 'c', step: 's2' },
      { id: 'c', step: null },
    ]);
  });
});

describe('buildUsage', () => {
  const usage = buildUsage(ids, new Map([['derived', ['a', 'unused']]]), [one, two], charts);

  it('links each chapter to the first place the figure appears and says how it is used', () => {
    expect(usage.get('a')!.chapters).toEqual([{ slug: 'one', title: 'One', href: '/one', kinds: ['text'] }]);
    expect(usage.get('b')!.chapters).toEqual([{ slug: 'one', title: 'One', href: '/one#s1', kinds: ['text', 'chart'] }]);
    expect(usage.get('c')!.chapters).toEqual([
      { slug: 'one', title: 'One', href: '/one#s2', kinds: ['text'] },
      { slug: 'two', title: 'Two', href: '/two', kinds: ['text', 'headline'] },
    ]);
  });

  it('lists each chart once per chapter, linked to the step that opens it', () => {
    expect(usage.get('d')!.charts).toEqual([{ name: 'c1', title: 'Chart one', href: '/one#s1', chapter: 'one' }]);
    expect(usage.get('d')!.chapters).toEqual([{ slug: 'one', title: 'One', href: '/one#s1', kinds: ['chart'] }]);
  });

  it('records the derived figures an input feeds, and leaves unused figures without a group', () => {
    expect(usage.get('unused')!.inputTo).toEqual(['derived']);
    expect(groupOf(usage.get('unused')!)).toBeNull();
    expect(groupOf(usage.get('c')!)).toBe('one');
    expect(groupOf(usage.get('h')!)).toBe('one');
  });

  it('fails on a fact id or chart it does not know', () => {
    expect(() => buildUsage(['a'], new Map(), [{ ...two, facts: factsOf('<Fact id="zz"/>') }], [])).toThrow('unknown fact "zz"');
    expect(() => buildUsage(ids, new Map(), [one], [])).toThrow('unknown chart "c1"');
  });
});
