/** The Chinese edition's downloads and usage, built from the real registry, wording and chapters. */
import { describe, expect, it } from 'vitest';
import { registry } from '@/lib/registry';
import { chapterModels } from '@/lib/chapter-model';
import { factWordingZh } from '@/content/zh/facts';
import { storyZh } from '@/content/zh/story';
import { BOM, parseCsv, parseCsvRecords } from './csv';
import { FACTS_CSV_HEADER, factsCsvHeader, type FactsJson } from './export';
import { CHART_CSV_HEADER, chartCsvHeader } from './chart-rows';
import { chartCsvFile, chartNames, chartTitleIn, factsCsvFile, factsJsonFile, siteUsage } from './site';

const HAN = /\p{Script=Han}/u;
const byId = (rows: Record<string, string>[], key: string) => new Map(rows.map((r) => [r[key], r]));

describe('the English files keep their machine headers', () => {
  it('facts.csv and the chart CSVs', () => {
    expect(FACTS_CSV_HEADER).toEqual([
      'id', 'label', 'value', 'unit', 'text', 'period', 'measure', 'status', 'status_note', 'formula', 'formula_inputs',
      'alternatives', 'sources', 'note', 'used_in_chapters', 'used_in_charts', 'input_to', 'url',
    ]);
    expect(CHART_CSV_HEADER).toEqual(['chart', 'key', 'series', 'fact_id', 'label', 'period', 'value', 'unit', 'text']);
    expect(parseCsv(factsCsvFile())[0]).toEqual(FACTS_CSV_HEADER);
  });
});

describe('/zh/data/facts.csv', () => {
  const zhText = factsCsvFile('zh');
  const [header] = parseCsv(zhText);
  const zh = parseCsvRecords(zhText);
  const en = byId(parseCsvRecords(factsCsvFile()), 'id');
  const [id, label, value] = header;

  it('starts with a byte-order mark and has a Chinese header row of the same width', () => {
    expect(zhText.startsWith(BOM)).toBe(true);
    expect(header).toEqual(factsCsvHeader('zh'));
    expect(header).toHaveLength(FACTS_CSV_HEADER.length);
    for (const h of header) expect(h, h).toMatch(HAN);
  });

  it('holds every figure in registry order with the English file\'s values', () => {
    expect(zh.map((r) => r[id])).toEqual([...registry.facts.keys()]);
    for (const r of zh) expect(r[value], r[id]).toBe(en.get(r[id])!.value);
  });

  it('labels each figure in Chinese from the wording table', () => {
    for (const r of zh) expect(r[label], r[id]).toBe(factWordingZh[r[id]].label);
  });

  it('gives Chinese statuses and links to the Chinese rows', () => {
    const status = header[7];
    const url = header[17];
    expect(new Set(zh.map((r) => r[status]))).toEqual(new Set(zh.map((r) => r[status]).filter((s) => HAN.test(s))));
    for (const r of zh) expect(r[url]).toMatch(new RegExp(`/zh/data#${r[id]}$`));
  });
});

describe('/zh/data/facts.json', () => {
  const json = JSON.parse(factsJsonFile('zh')) as FactsJson;

  it('is the Chinese edition, with the registry\'s figures and Chinese words', () => {
    expect(json.language).toBe('zh-CN');
    expect(json.title).toBe(storyZh.title);
    expect(json.url).toMatch(/\/zh\/data$/);
    for (const f of json.facts) {
      expect(f.value, f.id).toEqual(registry.getFact(f.id).value);
      expect(f.label, f.id).toBe(factWordingZh[f.id].label);
    }
    for (const c of json.charts) expect(c.csv).toMatch(new RegExp(`/zh/data/charts/${c.name}\\.csv$`));
  });

  it('leaves the English file without a language field', () => {
    expect(JSON.parse(factsJsonFile())).not.toHaveProperty('language');
  });
});

describe('/zh/data/charts/<name>.csv', () => {
  it.each(chartNames())('%s has a Chinese header and the English file\'s points and values', (name) => {
    const text = chartCsvFile(name, 'zh');
    expect(text.startsWith(BOM)).toBe(true);
    const header = parseCsv(text)[0];
    expect(header).toEqual(chartCsvHeader('zh'));
    const zh = parseCsvRecords(text).map((r) => [r[header[3]], r[header[6]]]);
    const en = parseCsvRecords(chartCsvFile(name)).map((r) => [r.fact_id, r.value]);
    expect(zh).toEqual(en);
  });
});

describe('usage in the Chinese edition', () => {
  const zh = siteUsage('zh');
  const en = siteUsage('en');
  const titles = new Map(chapterModels('zh').map((c) => [c.slug as string, c.frontmatter.title]));

  it('names the Chinese chapters and links into /zh, step for step as in English', () => {
    for (const [id, u] of zh) {
      const e = en.get(id)!;
      expect(u.chapters.map((c) => c.href), id).toEqual(e.chapters.map((c) => `/zh${c.href}`));
      for (const c of u.chapters) expect(c.title, id).toBe(titles.get(c.slug));
      for (const c of u.charts) expect(c.title, id).toBe(chartTitleIn(c.name, 'zh'));
    }
  });
});
