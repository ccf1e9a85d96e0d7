import { describe, expect, it } from 'vitest';
import { checkChapter, type CheckContext } from './content-check';

const ctx = (): CheckContext => ({ factIds: new Set(['deliveries', 'loss']), charts: { bars: { states: 3 } }, stepIds: new Map() });
const FM = `---\ntitle: A chapter\ndescription: "A description long enough to pass the check."\nsummary: A one-line summary.\nheadlineFact: loss\n---\n`;
const step = (id: string, body = 'Text with <Fact id="loss"/>.') => `<Step id="${id}">\n${body}\n<Notes>Say it.</Notes>\n</Step>\n`;
const chapter = (inner: string, fm = FM) => `${fm}\nIntro prose.\n\n<Scrolly chart="bars">\n${inner}</Scrolly>\n`;

describe('checkChapter', () => {
  it('passes a good chapter', () => {
    expect(checkChapter('good.mdx', chapter(step('a') + step('b')), ctx())).toEqual([]);
  });

  it('names the file, line and id of an unknown fact', () => {
    const p = checkChapter('x.mdx', chapter(step('a', 'See <Fact id="nope"/>.')), ctx());
    expect(p).toEqual([{ file: 'x.mdx', line: 12, message: 'unknown fact id "nope"' }]);
  });

  it('rejects a duplicate step id, within a chapter and across chapters', () => {
    const c = ctx();
    expect(checkChapter('x.mdx', chapter(step('a') + step('a')), c).map((p) => p.message)).toEqual(['duplicate step id "a" (also in x.mdx)']);
    expect(checkChapter('y.mdx', chapter(step('a')), c).map((p) => p.message)).toEqual(['duplicate step id "a" (also in x.mdx)']);
  });

  it('rejects missing or bad frontmatter', () => {
    expect(checkChapter('x.mdx', chapter(step('a'), ''), ctx())[0].message).toMatch(/missing frontmatter/);
    const bad = FM.replace('title: A chapter\n', '');
    expect(checkChapter('x.mdx', chapter(step('a'), bad), ctx())[0]).toMatchObject({ line: 2, message: expect.stringMatching(/frontmatter "title"/) });
    const unknownHeadline = FM.replace('headlineFact: loss', 'headlineFact: nope');
    expect(checkChapter('x.mdx', chapter(step('a'), unknownHeadline), ctx())[0].message).toBe('frontmatter headlineFact: unknown fact id "nope"');
  });

  it('rejects an unknown chart and more steps than the chart draws', () => {
    expect(checkChapter('x.mdx', chapter(step('a')).replace('chart="bars"', 'chart="pie"'), ctx())[0].message).toMatch(/unknown chart "pie"/);
    const four = step('a') + step('b') + step('c') + step('d');
    expect(checkChapter('x.mdx', chapter(four), ctx())[0].message).toBe('chart "bars" draws 3 states but this scrolly has 4 steps');
  });

  it('requires speaker notes on every step', () => {
    const noNotes = '<Step id="a">\nText.\n</Step>\n';
    expect(checkChapter('x.mdx', chapter(noNotes), ctx())[0].message).toBe('step "a" has no <Notes> for the presenter');
  });

  it('rejects numbers typed into prose but allows years and model names', () => {
    const p = checkChapter('x.mdx', chapter(step('a', 'In 2024 the SU7 sold 27,307 cars in Q2.')), ctx());
    expect(p).toEqual([{ file: 'x.mdx', line: 12, message: 'number "27,307" typed into prose: use <Fact id="..."/> so it comes from the registry' }]);
  });
});
