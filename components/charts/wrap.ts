/**
 * Line breaking for chart notes. SVG text never wraps by itself, and on a 320 px phone the chart's
 * labels are raised to the 11 px floor (about 1.5 times their drawn size), so a note set on one
 * line for the desktop drawing runs past the chart's edge. A note that may be long is broken at
 * spaces into lines of at most `maxChars` characters, counted for the phone's raised size. Chinese
 * text, which has no spaces, breaks between characters, each counted as two (it is set full-width).
 */
export function wrapLines(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { word, spaced } of pieces(text)) {
    const sep = line && spaced ? ' ' : '';
    if (line && widthOf(line) + sep.length + widthOf(word) > maxChars) {
      lines.push(line);
      line = word;
    } else line += sep + word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Chinese characters and full-width punctuation: about twice a Latin letter's width, and a line may break between any two. */
const WIDE = /[⺀-鿿豈-﫿　-〿＀-￯]/;
/** Punctuation a Chinese line may not begin with, so it stays on the line before. */
const NO_LINE_START = /[，。、；：！？）」』]/;
const widthOf = (s: string) => [...s].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);

/** The pieces a line may break between: Latin words (after a space) and single Chinese characters (no space). */
function pieces(text: string): { word: string; spaced: boolean }[] {
  const out: { word: string; spaced: boolean }[] = [];
  let spaced = false;
  let latin = false;
  for (const c of text) {
    const last = out[out.length - 1];
    if (/\s/.test(c)) {
      spaced = true;
      latin = false;
    } else if (WIDE.test(c)) {
      if (last && !spaced && NO_LINE_START.test(c)) last.word += c;
      else out.push({ word: c, spaced });
      spaced = latin = false;
    } else if (latin && last) last.word += c;
    else {
      out.push({ word: c, spaced });
      spaced = false;
      latin = true;
    }
  }
  return out;
}

/**
 * How many characters of a note fit in `width` viewBox units on the narrowest phone (320 px),
 * where labels are raised to about 15.5 units: measured at about 7.5 units a character for the
 * charts' font, taken as 8 so bold and wide letters fit too.
 */
export function fitChars(width: number): number {
  return Math.max(8, Math.floor(width / 8));
}
