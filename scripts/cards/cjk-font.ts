/**
 * The Chinese cards' CJK font, made fresh on every `npm run cards` from @fontsource/noto-sans-sc.
 * The package splits the font into numbered chunks, each with its unicode-range in the package's
 * CSS; we find the chunks that hold the characters the cards print, cut each down to exactly those
 * characters (harfbuzz through subset-font, offline) and hand Satori the pieces. Because the text
 * is read on every build, a new character in the prose gets its glyph instead of a tofu box, and a
 * character no chunk has stops the build with its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

export type Range = [number, number];
/** One @font-face of a fontsource package: its .woff file (Satori cannot read woff2) and its unicode-range. */
export interface FontChunk { file: string; ranges: Range[] }
/** A font as Satori (next/og ImageResponse) takes it. */
export interface CardFont { name: string; data: Buffer<ArrayBuffer>; weight: 400 | 700 | 800; style: 'normal' }
export type CardWeight = CardFont['weight'];

export const NOTO_FAMILY = 'Noto Sans SC';
const NOTO_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-sc');

/** "U+4e00-4e05,U+4e07" → [[0x4e00, 0x4e05], [0x4e07, 0x4e07]]. */
export function parseUnicodeRange(value: string): Range[] {
  return value.split(',').map((part) => {
    const m = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) throw new Error(`Unreadable unicode-range part "${part}"`);
    const lo = parseInt(m[1], 16);
    return [lo, m[2] ? parseInt(m[2], 16) : lo];
  });
}

/** Every @font-face of a fontsource CSS file, with the absolute path of its .woff. */
export function parseFontFaces(css: string, dir: string): FontChunk[] {
  const chunks: FontChunk[] = [];
  for (const [, body] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const woff = /url\(\.\/([^)]+\.woff)\)\s*format\('woff'\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!woff || !range) continue;
    chunks.push({ file: path.join(dir, woff), ranges: parseUnicodeRange(range) });
  }
  return chunks;
}

export const inRanges = (cp: number, ranges: Range[]) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** The distinct characters of the text that draw a glyph (whitespace and controls need none), sorted. */
export function charactersOf(text: string): string[] {
  const chars = new Set([...text].filter((c) => !/[\s\p{Cc}]/u.test(c)));
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/** How the missing characters read in the build's error: "☃" U+2603. */
export function describe(chars: string[]): string {
  return chars.map((c) => `"${c}" U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}

/**
 * Which chunk holds each character. Characters `covered` (by the Latin font ahead in Satori's
 * list) are left to it; any other character no chunk holds is returned as missing.
 */
export function assignChunks(chars: string[], chunks: FontChunk[], covered: (cp: number) => boolean = () => false) {
  const byChunk = new Map<string, string[]>();
  const missing: string[] = [];
  for (const c of chars) {
    const cp = c.codePointAt(0)!;
    if (covered(cp)) continue;
    const chunk = chunks.find((k) => inRanges(cp, k.ranges));
    if (!chunk) missing.push(c);
    else byChunk.set(chunk.file, [...(byChunk.get(chunk.file) ?? []), c]);
  }
  return { byChunk, missing };
}

/** The weights the package ships, from its metadata.json. */
export function packageWeights(dir = NOTO_DIR): number[] {
  return JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8')).weights;
}

/**
 * Each chunk gets a family name of its own ("Noto Sans SC 97"): Satori keeps one font per family
 * name and weight, so pieces sharing a name would hide each other, while distinct families are
 * all tried, in order, for a glyph the named family lacks.
 */
export function pieceName(file: string): string {
  const id = /noto-sans-sc-(.+)-\d+-normal\.woff$/.exec(path.basename(file))?.[1] ?? path.basename(file);
  return `${NOTO_FAMILY} ${id}`;
}

export interface CjkFontResult { fonts: CardFont[]; bytes: number; characters: number; chunks: number }

/**
 * Satori font entries holding every character of `text` that `covered` leaves out, in each of
 * `weights`; throws naming the characters that no chunk of the package holds.
 */
export async function cjkFonts(
  text: string,
  { weights, covered, dir = NOTO_DIR }: { weights: CardWeight[]; covered?: (cp: number) => boolean; dir?: string },
): Promise<CjkFontResult> {
  const shipped = packageWeights(dir);
  const absent = weights.filter((w) => !shipped.includes(w));
  if (absent.length) throw new Error(`@fontsource/noto-sans-sc has no weight ${absent.join(', ')} (it has ${shipped.join(', ')})`);
  const chars = charactersOf(text);
  const fonts: CardFont[] = [];
  let chunkCount = 0;
  for (const weight of weights) {
    const chunks = parseFontFaces(fs.readFileSync(path.join(dir, `${weight}.css`), 'utf8'), dir);
    const { byChunk, missing } = assignChunks(chars, chunks, covered);
    if (missing.length) throw new Error(`No chunk of @fontsource/noto-sans-sc (weight ${weight}) holds ${describe(missing)}`);
    chunkCount = byChunk.size;
    for (const [file, used] of byChunk) {
      const data = await subsetFont(fs.readFileSync(file), used.join(''), { targetFormat: 'truetype' });
      fonts.push({ name: pieceName(file), data, weight, style: 'normal' });
    }
  }
  const needed = chars.filter((c) => !covered?.(c.codePointAt(0)!)).length;
  return { fonts, bytes: fonts.reduce((n, f) => n + f.data.length, 0), characters: needed, chunks: chunkCount };
}

/**
 * The unicode-ranges of some subsets of a fontsource package (e.g. Inter's latin), read from its
 * `<weight>.css`, the one file that states each subset's range.
 */
export function subsetRanges(dir: string, subsets: string[], weight = 400): Range[] {
  const faces = parseFontFaces(fs.readFileSync(path.join(dir, `${weight}.css`), 'utf8'), dir);
  return subsets.flatMap((subset) => {
    const face = faces.find((f) => path.basename(f.file).endsWith(`-${subset}-${weight}-normal.woff`));
    if (!face) throw new Error(`${dir}: no ${subset} subset in ${weight}.css`);
    return face.ranges;
  });
}
