import { describe, expect, it } from 'vitest';
import { CARD_LIMITS_BY_LANG, cardFigures, cardWords, checkChapter, checkModel, type CheckContext } from './content-check';
import { readChapter, validModel } from './chapter-model';
import { compareEditions } from './content-editions';

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
    expect(p).toEqual([{ file: 'x.mdx', line: 12, column: 5, message: 'unknown fact id "nope"' }]);
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
    expect(p).toEqual([{ file: 'x.mdx', line: 12, column: 22, message: 'number "27,307" typed into prose: use <Fact id="..."/> so it comes from the registry' }]);
  });

  it('fails a step card over 70 words, naming the step and the count', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${'abcdefghij'[i % 10]}`).join(' ');
    expect(checkChapter('x.mdx', chapter(step('a', words(70))), ctx())).toEqual([]);
    expect(checkChapter('x.mdx', chapter(step('a', words(71))), ctx())).toEqual([{ file: 'x.mdx', line: 11, message: 'step "a" has 71 words (at most 70)' }]);
  });

  it('counts a <Fact/> as the words of its printed value, and leaves the notes out', () => {
    const texts = new Map([['loss', 'about RMB 65,900']]);
    expect(cardWords('It lost <Fact id="loss"/> a car.', texts)).toBe(7);
    expect(cardWords('It lost <Fact id="loss"/> a car.')).toBe(5);
    expect(cardWords('One — two: three.\n<Notes>not these words at all</Notes>')).toBe(3);
    expect(cardWords('An <Term id="segment">operating segment</Term> result.')).toBe(4);
    // Without the value a fact is one word; with it, the limit sees what the reader sees.
    const body = `${Array.from({ length: 68 }, () => 'word').join(' ')} <Fact id="loss"/>`;
    expect(checkChapter('x.mdx', chapter(step('a', body)), ctx())).toEqual([]);
    expect(checkChapter('x.mdx', chapter(step('a', body)), { ...ctx(), factTexts: texts })[0].message).toBe('step "a" has 71 words (at most 70)');
  });

  it('fails a step card with more than three figures; figures in notes do not count', () => {
    const four = 'A <Fact id="loss"/>, b <Fact id="loss"/>, c <Fact id="loss"/>, d <Fact id="deliveries"/>.';
    expect(cardFigures(four)).toBe(4);
    expect(cardFigures('A <Fact id="loss"/>.\n<Notes>B <Fact id="loss"/> C <Fact id="loss"/> D <Fact id="loss"/></Notes>')).toBe(1);
    expect(checkChapter('x.mdx', chapter(step('a', four)), ctx()).map((p) => p.message)).toEqual(['step "a" has 4 figures (at most 3)']);
  });

  it('rejects an unknown glossary term when the glossary is given', () => {
    const body = 'The <Term id="segment">segment</Term> and the <Term id="nope">thing</Term>.';
    expect(checkChapter('x.mdx', chapter(step('a', body)), { ...ctx(), termIds: new Set(['segment']) })).toEqual([
      { file: 'x.mdx', line: 12, column: 47, message: 'unknown glossary term "nope" (add it to content/glossary.ts)' },
    ]);
  });

  it('finds a <Fact/> split over lines, and reports an unknown one at its line and column', () => {
    const split = 'Text with <Fact\n  id="loss"\n/> and <Fact\n  id="nope"\n  abs\n/>.';
    expect(cardFigures(split)).toBe(2);
    expect(checkChapter('x.mdx', chapter(step('a', split)), ctx())).toEqual([{ file: 'x.mdx', line: 14, column: 8, message: 'unknown fact id "nope"' }]);
  });

  it('reads the card the compiled page renders: markup inside a tag is not a number or a word', () => {
    // A figure in an attribute or a link target is not prose; one in a link's words is.
    const body = 'See [the 12 filings](https://example.com/2024/27307) and <Fact id="loss" alt={0}/>.';
    expect(checkChapter('x.mdx', chapter(step('a', body)), ctx()).map((p) => p.message)).toEqual(['number "12" typed into prose: use <Fact id="..."/> so it comes from the registry']);
    expect(cardWords(body)).toBe(6);
  });

  it('reports MDX the compiler cannot read, with its line', () => {
    const p = checkChapter('x.mdx', chapter(step('a', 'An <Fact id="loss" unclosed.')), ctx());
    expect(p[0]).toMatchObject({ file: 'x.mdx', line: 12, message: expect.stringMatching(/^not valid MDX: /) });
  });
});

describe('charts declared by step id', () => {
  it('fails a scrolly whose steps are not the ones its chart declares, in order', () => {
    const c = () => ({ ...ctx(), charts: { bars: { states: 2, steps: ['a', 'b'] } } });
    expect(checkChapter('x.mdx', chapter(step('a') + step('b')), c())).toEqual([]);
    expect(checkChapter('x.mdx', chapter(step('b') + step('a')), c()).map((p) => p.message)).toEqual([
      'chart "bars" declares states for steps a, b (content/charts/bars.ts) but this scrolly has b, a',
    ]);
  });
});

describe('the Chinese edition', () => {
  const zhChapter = (body: string) => chapter(step('a', body)).replace('title: ', 'title: 中文').replace(/description: .*/, 'description: 这是一个足够长的中文章节描述，用来通过检查。');
  const check = (body: string) => {
    const { chapter: draft, tree, problems } = readChapter(zhChapter(body), { file: 'zh.mdx', slug: 'x', lang: 'zh' });
    return checkModel(draft, tree, problems, ctx());
  };
  it('allows month and day digits before 月 and 日, and nothing else', () => {
    expect(check('2024年4月28日开始交付。').map((p) => p.message)).toEqual([]);
    expect(check('交付了3万辆。').map((p) => p.message)).toEqual(['number "3" typed into prose: use <Fact id="..."/> so it comes from the registry']);
    expect(check('亏损１８亿元。').map((p) => p.message)).toEqual(['number "１８" typed into prose: use <Fact id="..."/> so it comes from the registry']);
  });
  it('counts a card in characters, at most 150', () => {
    expect(check('字'.repeat(150))).toEqual([]);
    expect(check('字'.repeat(151)).map((p) => p.message)).toEqual(['step "a" has 151 characters (at most 150)']);
  });
  it('holds a Chinese card to the Chinese limits, not the English ones', () => {
    expect(CARD_LIMITS_BY_LANG.zh.words).toBeGreaterThan(CARD_LIMITS_BY_LANG.en.words);
    // More characters than the English word limit is fine in Chinese; more than three figures is not.
    expect(check('字'.repeat(CARD_LIMITS_BY_LANG.en.words + 1))).toEqual([]);
    const four = '甲<Fact id="loss"/>，乙<Fact id="loss"/>，丙<Fact id="loss"/>，丁<Fact id="deliveries"/>。';
    expect(check(four).map((p) => p.message)).toEqual([`step "a" has 4 figures (at most ${CARD_LIMITS_BY_LANG.zh.figures})`]);
  });
});

describe('compareEditions', () => {
  const model = (file: string, body: string, lang: 'en' | 'zh' = 'en') => validModel(readChapter(chapter(body).replace('title: ', lang === 'zh' ? 'title: 中文' : 'title: '), { file, slug: 'x', lang }));
  it('accepts the same scrollies, step ids and notes', () => {
    expect(compareEditions(model('en.mdx', step('a') + step('b')), model('zh.mdx', step('a') + step('b'), 'zh'))).toEqual([]);
  });
  it('names the Chinese file and the step that differs', () => {
    const p = compareEditions(model('en.mdx', step('a') + step('b')), model('zh.mdx', step('a') + step('c'), 'zh'));
    expect(p).toEqual([{ file: 'zh.mdx', line: expect.any(Number), message: 'step "c" is where the English has step "b" (same ids, same order)' }]);
    const missing = compareEditions(model('en.mdx', step('a') + step('b')), model('zh.mdx', step('a'), 'zh'));
    expect(missing[0].message).toBe('scrolly 1 is missing step "b" (the English has 2 steps)');
  });
});
