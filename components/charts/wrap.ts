/**
 * Line breaking for chart notes. SVG text never wraps by itself, and on a 320 px phone the chart's
 * labels are raised to the 11 px floor (about 1.5 times their drawn size), so a note set on one
 * line for the desktop drawing runs past the chart's edge. A note that may be long is broken into
 * lines of at most `maxChars` characters, counted for the phone's raised size: English at spaces;
 * Chinese, which has no spaces, between any two characters (never before closing punctuation),
 * each Chinese character counted as two, since its glyph is about twice as wide as a Latin letter.
 */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Punctuation that may not begin a line: it stays with the character before it. */
const CLOSING = /^[，。、：；！？）」』”’％]$/;

/**
 * A Chinese glyph is set on a full em, a little more than two of the charts' Latin letters (about
 * 0.48 em each): counted as 2.2, so a wrapped Chinese line at the phone's raised size stays inside
 * the drawing (the 320 px phone test measured 2 as a few pixels too wide).
 */
const CJK_WIDTH = 2.2;
const widthOf = (text: string) => [...text].reduce((n, c) => n + (CJK.test(c) ? CJK_WIDTH : 1), 0);

interface Piece { text: string; width: number; space: boolean }

/** Words (runs of non-CJK characters) and single CJK characters, each marked with whether a space came before it. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(/(\s*)([^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f])/g)) {
    const [, gap, t] = m;
    const prev = out[out.length - 1];
    // Closing punctuation stays with what comes before it, and a figure with the character after
    // it (100亿, 2025年, 1美元): a line never starts with "，" or "亿".
    const glued = prev && !gap && (CLOSING.test(t) || (CJK.test(t) && !CJK.test(prev.text.slice(-1))));
    if (glued) {
      prev.text += t;
      prev.width += widthOf(t);
    } else out.push({ text: t, width: widthOf(t), space: gap.length > 0 });
  }
  return out;
}

export function wrapLines(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const p of pieces(text)) {
    const gap = line && p.space ? 1 : 0;
    if (line && width + gap + p.width > maxChars) {
      lines.push(line);
      line = p.text;
      width = p.width;
    } else {
      line += (gap ? ' ' : '') + p.text;
      width += gap + p.width;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * How wide a letter is taken to be on the narrowest phone (320 px), where labels are raised to
 * about 15.5 units: measured at about 7.5 units a character for the charts' font, taken as 8 so
 * bold and wide letters fit too.
 */
const LETTER_UNITS = 8;
/** The size labels are raised to on the narrowest phone, in viewBox units (see MIN_TEXT_PX). */
const PHONE_SIZE = 15.5;

/** How many characters of a note fit in `width` viewBox units on the narrowest phone. */
export function fitChars(width: number): number {
  return Math.max(8, Math.floor(width / LETTER_UNITS));
}

/**
 * A digit is wider than the average letter that LETTER_UNITS stands for: measured at 320 px, 9.7
 * units regular and 10.7 bold at the raised size. Wrapping keeps its budget (a note is mostly
 * words); a label's extent, often a bare figure or year, counts digits at this many letters.
 */
const DIGIT_WIDTH = 1.3;

/**
 * The estimated width, in viewBox units, of one line of label text of this drawn size on the
 * narrowest phone (the widest it renders): a Chinese character counted as 2.2 letters, a digit as
 * 1.3, a size above the phone's raised one scaled up. Measured at 320 px, "2030年" in bold is
 * 58.9 units wide; this gives 59.2.
 */
export function textWidth(text: string, size = 12): number {
  const digits = text.replace(/\D/g, '').length;
  return (widthOf(text) + digits * (DIGIT_WIDTH - 1)) * LETTER_UNITS * (Math.max(size, PHONE_SIZE) / PHONE_SIZE);
}
