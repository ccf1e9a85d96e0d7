import path from 'node:path';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { writtenChapters } from '@/lib/chapters';
import { chapterCardZh, coverCardZh, zhCardText, zhChapters } from '@/lib/social-card-zh';
import { assignChunks, charactersOf, cjkFonts, describe as describeChars, inRanges, parseUnicodeRange, subsetRanges, type CardFont } from './cjk-font';

const INTER = subsetRanges(path.join(process.cwd(), 'node_modules', '@fontsource', 'inter'), ['latin']);
const interCovers = (cp: number) => inRanges(cp, INTER);

/** The characters a font's cmap maps to a glyph, asked of harfbuzz. */
function cmap(font: CardFont): Set<string> {
  const face = new hb.Face(new hb.Blob(font.data.buffer.slice(font.data.byteOffset, font.data.byteOffset + font.data.byteLength)));
  return new Set([...face.collectUnicodes()].map((cp) => String.fromCodePoint(cp)));
}

/** Characters of `text` that no font of `weight` has (and Inter's ranges leave to them). */
function uncovered(text: string, fonts: CardFont[], weight: CardFont['weight']): string[] {
  const held = new Set(fonts.filter((f) => f.weight === weight).flatMap((f) => [...cmap(f)]));
  return charactersOf(text).filter((c) => !interCovers(c.codePointAt(0)!) && !held.has(c));
}

describe('reading the package', () => {
  it('parses unicode-range lists, single points and spans', () => {
    expect(parseUnicodeRange('U+4e00-4e05,U+4e07, U+1f300')).toEqual([[0x4e00, 0x4e05], [0x4e07, 0x4e07], [0x1f300, 0x1f300]]);
    expect(() => parseUnicodeRange('U+zz')).toThrow(/U\+zz/);
  });

  it('keeps one of each drawn character, without whitespace', () => {
    expect(charactersOf('雷军 雷军\n2027年')).toEqual(['0', '2', '7', '军', '年', '雷']);
  });

  it('leaves what the Latin font covers to it and names what no chunk holds', () => {
    const chunks = [{ file: 'a.woff', ranges: parseUnicodeRange('U+4e00-9fff') }];
    const { byChunk, missing } = assignChunks(charactersOf('A雷𓀀'), chunks, interCovers);
    expect([...byChunk]).toEqual([['a.woff', ['雷']]]);
    expect(describeChars(missing)).toBe('"𓀀" U+13000');
  });
});

describe('the CJK subset', () => {
  const sample = '最后的豪赌 · 第3章 / 共6章：分部亏损按交付量折合到每辆车（我们自己计算），约−6.59万元 SU7';

  it('holds every character of the text in each weight, and only those', async () => {
    const { fonts, bytes } = await cjkFonts(sample, { weights: [400, 700], covered: interCovers });
    expect(new Set(fonts.map((f) => f.weight))).toEqual(new Set([400, 700]));
    for (const weight of [400, 700] as const) expect(uncovered(sample, fonts, weight)).toEqual([]);
    // The check itself sees a gap: without the pieces the Chinese characters are uncovered.
    expect(uncovered(sample, [], 400)).toContain('赌');
    // Cut down to the text: a common character it does not use is not in any piece.
    expect(fonts.some((f) => cmap(f).has('国'))).toBe(false);
    expect(bytes).toBeLessThan(60_000);
    // One family name per chunk, so Satori (one font per family and weight) sees every piece.
    const names = fonts.filter((f) => f.weight === 400).map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('stops the build naming a character that no chunk holds', async () => {
    await expect(cjkFonts('雷军𓀀', { weights: [400], covered: interCovers })).rejects.toThrow(/"𓀀" U\+13000/);
  });

  it('refuses a weight the package does not ship', async () => {
    await expect(cjkFonts('雷', { weights: [950 as CardFont['weight']] })).rejects.toThrow(/no weight 950/);
  });

  it('covers everything the Chinese cards print', async () => {
    const zh = zhChapters(writtenChapters());
    const text = zhCardText(coverCardZh(zh), zh.map(chapterCardZh));
    const { fonts } = await cjkFonts(text, { weights: [400, 700, 800], covered: interCovers });
    for (const weight of [400, 700, 800] as const) expect(uncovered(text, fonts, weight)).toEqual([]);
  });
});
