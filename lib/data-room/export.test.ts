import { describe, expect, it } from 'vitest';
import { buildRegistry } from '@/lib/registry/build';
import type { RawFact, Source } from '@/lib/registry/schema';
import { parseCsvRecords } from './csv';
import { ENGLISH_WORDS, FACTS_CSV_HEADER, chineseCsv, factRecords, factsCsv, factsCsvHeader, type ExportWords } from './export';
import { readChapter } from '@/lib/chapter-model';
import { buildUsage } from './usage';

const sources: Source[] = [
  { id: 'paper', publisher: 'Paper', title: 'Results, in full', url: 'https://example.org/a', date: '2024-08-21', kind: 'web' },
  { id: 'doc', publisher: 'Archive', title: 'Notes', date: '2024-09', kind: 'document' },
];
const facts: RawFact[] = [
  { id: 'loss', label: 'Loss', value: -1.8e9, unit: 'RMB', scale: 'bn', digits: 1, period: 'Q2 2024', measure: 'adjusted net loss', sources: [{ source: 'paper', quote: 'a "loss"' }], status: { kind: 'single' } },
  {
    id: 'cars', label: 'Deliveries', value: 27307, unit: 'cars', period: 'Q2 2024', measure: 'deliveries', sources: [{ source: 'paper' }],
    status: { kind: 'differ', note: 'Off by a few', alternatives: [{ value: 27300, note: 'rounded', sources: [{ source: 'doc' }] }] },
  },
  {
    id: 'per-car', label: 'Loss per car', unit: 'RMB', roundTo: 100, period: 'Q2 2024', measure: 'loss ÷ deliveries', sources: [],
    status: { kind: 'derived', formula: { op: 'divide', inputs: ['loss', 'cars'], text: 'loss ÷ deliveries' } },
  },
];
const registry = buildRegistry(facts, sources, []);
const usage = buildUsage(['loss', 'cars', 'per-car'], new Map([['per-car', ['loss', 'cars']]]), [
  { slug: 'ch', title: 'Chapter', facts: readChapter('<Step id="s">A <Fact id="per-car"/></Step>', { file: 'ch.mdx', slug: 'ch' }).chapter.facts, headlineFact: 'per-car', scrollies: [] },
], []);
const records = factRecords({ registry, usage, absolute: (p) => `https://site.test${p}` });

describe('factRecords', () => {
  it('expands citations into full sources, keeping the quote', () => {
    expect(records[0].sources).toEqual([{ ...sources[0], quote: 'a "loss"' }]);
  });

  it('gives a derived figure its formula and its inputs\' sources', () => {
    expect(records[2].status).toEqual({ kind: 'derived', formula: { op: 'divide', inputs: ['loss', 'cars'], text: 'loss ÷ deliveries' } });
    expect(records[2].sources.map((s) => s.id)).toEqual(['paper']);
    expect(records[2].value).toBe(-65900);
  });

  it('lists where a figure is used, with absolute links, and what it feeds', () => {
    expect(records[2].usedIn.chapters).toEqual([{ slug: 'ch', title: 'Chapter', url: 'https://site.test/ch#s', kinds: ['text', 'headline'] }]);
    expect(records[0].inputTo).toEqual(['per-car']);
    expect(records[0].url).toBe('https://site.test/data#loss');
  });
});

describe('factsCsv', () => {
  const rows = parseCsvRecords(factsCsv(records));

  it('has the documented header and one row per fact', () => {
    expect(Object.keys(rows[0])).toEqual([...FACTS_CSV_HEADER]);
    expect(rows.map((r) => r.id)).toEqual(['loss', 'cars', 'per-car']);
  });

  it('writes values in base units and the printed text beside them', () => {
    expect(rows[0]).toMatchObject({ value: '-1800000000', unit: 'RMB', text: '−RMB 1.8 bn' });
  });

  it('spells out alternatives with who gives them, and formulas with their inputs', () => {
    expect(rows[1]).toMatchObject({ status: 'differ', status_note: 'Off by a few', alternatives: '27,300 cars (rounded): Archive' });
    expect(rows[2]).toMatchObject({ status: 'derived', formula: 'loss ÷ deliveries', formula_inputs: 'loss cars', input_to: '' });
    expect(rows[0].input_to).toBe('per-car');
  });

  it('lists every source with publisher, title, date and link', () => {
    expect(rows[0].sources).toBe('Paper: Results, in full (2024-08-21) https://example.org/a');
    expect(rows[1].alternatives).not.toContain('http');
    expect(rows[2].used_in_chapters).toBe('ch');
  });
});

describe('an edition\'s words (the Chinese files)', () => {
  const words: ExportWords = {
    ...ENGLISH_WORDS,
    locale: 'zh',
    fact: (f) => ({ ...ENGLISH_WORDS.fact(f), label: `${f.label}（中）`, differNote: f.status.kind === 'differ' ? '略有出入' : undefined, alternativeNotes: ['取整'] }),
    value: (f) => `${f.value}元`,
    alternative: () => '2.73万辆',
    publisher: (name) => `${name}社`,
  };
  const zh = factRecords({ registry, usage, absolute: (p) => `https://site.test${p}`, words });
  const text = factsCsv(zh, chineseCsv((u) => (u === 'RMB' ? '元' : u)));
  const rows = parseCsvRecords(text);

  it('changes the words and links, never the figures or ids', () => {
    expect(zh.map((r) => [r.id, r.value])).toEqual(records.map((r) => [r.id, r.value]));
    expect(zh[0]).toMatchObject({ label: 'Loss（中）', text: '-1800000000元', url: 'https://site.test/zh/data#loss' });
    expect(zh[1].status).toMatchObject({ note: '略有出入', alternatives: [{ value: 27300, text: '2.73万辆', note: '取整' }] });
    expect(zh[0].sources[0].publisher).toBe('Paper社');
  });

  it('writes the Chinese header, statuses, units, dates and punctuation', () => {
    expect(Object.keys(rows[0])).toEqual(factsCsvHeader('zh'));
    expect(rows[0]).toMatchObject({ 编号: 'loss', 数值: '-1800000000', 单位: '元', 状态: '单一来源' });
    expect(rows[0]['来源']).toBe('Paper社：Results, in full（2024年8月21日） https://example.org/a');
    expect(rows[1]['备选数值']).toBe('2.73万辆（取整）：Archive社');
  });
});
