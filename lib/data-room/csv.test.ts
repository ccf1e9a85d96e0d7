import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, parseCsvRecords, toCsv } from './csv';

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends and bare fields when nothing needs quoting', () => {
    expect(toCsv(['a', 'b'], [['x', 1]])).toBe(`${BOM}a,b\r\nx,1\r\n`);
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    const csv = toCsv(['v'], [['1,000'], ['say "hi"'], ['two\nlines']]);
    expect(csv).toBe(`${BOM}v\r\n"1,000"\r\n"say ""hi"""\r\n"two\nlines"\r\n`);
  });

  it('writes empty fields for null and undefined, and plain digits for numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, -1_800_000_000]])).toBe(`${BOM}a,b,c\r\n,,-1800000000\r\n`);
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow('row 1 has 1 fields, the header 2');
  });

  it('refuses numbers a spreadsheet could not read back', () => {
    expect(() => toCsv(['a'], [[Number.NaN]])).toThrow('cannot write NaN');
  });
});

describe('parseCsv', () => {
  it('round-trips awkward text: commas, quotes, line breaks, non-Latin script, minus signs', () => {
    const rows = [['平均每卖一台车亏损4.53万元', '−RMB 1.8 bn', 'a, "b"', 'x\r\ny', '']];
    expect(parseCsv(toCsv(['q', 'v', 'w', 'z', 'e'], rows))).toEqual([['q', 'v', 'w', 'z', 'e'], ...rows]);
  });

  it('reads LF-only files and files without a final line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('fails on an unclosed quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow('not closed');
  });

  it('gives records keyed by the header', () => {
    expect(parseCsvRecords(toCsv(['id', 'value'], [['x', 2]]))).toEqual([{ id: 'x', value: '2' }]);
  });
});
