/**
 * Line breaking for chart notes. SVG text never wraps by itself, and on a 320 px phone the chart's
 * labels are raised to the 11 px floor (about 1.5 times their drawn size), so a note set on one
 * line for the desktop drawing runs past the chart's edge. A note that may be long is broken at
 * spaces into lines of at most `maxChars` characters, counted for the phone's raised size.
 */
export function wrapLines(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * How many characters of a note fit in `width` viewBox units on the narrowest phone (320 px),
 * where labels are raised to about 15.5 units: measured at about 7.5 units a character for the
 * charts' font, taken as 8 so bold and wide letters fit too.
 */
export function fitChars(width: number): number {
  return Math.max(8, Math.floor(width / 8));
}
