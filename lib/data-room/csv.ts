/**
 * CSV in the RFC 4180 dialect: comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break (quotes doubled inside). The file starts with a UTF-8 byte-order
 * mark because spreadsheet programs otherwise misread "−", "¥" and the Chinese quotes in the
 * sources; `parseCsv` drops it again.
 */
export type Cell = string | number | null | undefined;

export const BOM = '\uFEFF';

function field(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? numberText(v) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Plain digits, never exponent notation (1e21 and up cannot occur in this registry). */
function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`CSV: cannot write ${n}`);
  return String(n);
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  for (const [i, r] of rows.entries())
    if (r.length !== header.length) throw new Error(`CSV: row ${i + 1} has ${r.length} fields, the header ${header.length}`);
  return BOM + [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Reads CSV written by `toCsv` (or any RFC 4180 file) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed');
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** Rows as objects keyed by the header row. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r, i) => {
    if (r.length !== header.length) throw new Error(`CSV: line ${i + 2} has ${r.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, r[j]]));
  });
}
