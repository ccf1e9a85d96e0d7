/** The downloads as built from the real registry and the chapters on disk. */
import { describe, expect, it } from 'vitest';
import { registry } from '@/lib/registry';
import { writtenChapters } from '@/lib/chapters';
import { chartData } from '@/lib/charts/resolve';
import { parseCsvRecords } from './csv';
import { chartCsvFile, chartNames, factsCsvFile, factsJsonFile, siteUsage } from './site';
import type { FactsJson } from './export';

describe('facts.csv and facts.json', () => {
  const csv = parseCsvRecords(factsCsvFile());
  const json = JSON.parse(factsJsonFile()) as FactsJson;

  it('hold every registry entry once, in registry order', () => {
    const ids = [...registry.facts.keys()];
    expect(csv.map((r) => r.id)).toEqual(ids);
    expect(json.facts.map((f) => f.id)).toEqual(ids);
  });

  it('give every entry at least one source with publisher, title and date', () => {
    for (const r of csv) expect(r.sources, r.id).not.toBe('');
    for (const f of json.facts) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.sources) expect(s.publisher && s.title && s.date, f.id).toBeTruthy();
    }
  });

  it('carry the registry\'s values exactly', () => {
    for (const f of json.facts) expect(f.value, f.id).toEqual(registry.getFact(f.id).value);
    for (const r of csv) expect(r.value, r.id).toBe(String(registry.getFact(r.id).value));
  });

  it('give every alternative its own sources and every formula inputs that exist', () => {
    for (const f of json.facts) {
      if (f.status.kind === 'differ') for (const a of f.status.alternatives) expect(a.sources.length, f.id).toBeGreaterThan(0);
      if (f.status.kind === 'derived') for (const i of f.status.formula.inputs) expect(registry.facts.has(i), `${f.id} → ${i}`).toBe(true);
    }
  });

  it('list every chart\'s CSV', () => {
    expect(json.charts.map((c) => c.name)).toEqual(chartNames());
    for (const c of json.charts) expect(c.csv).toMatch(new RegExp(`/data/charts/${c.name}\\.csv$`));
  });
});

describe('chart CSVs', () => {
  it.each(chartNames())('%s has exactly the points the chart is given, in order', (name) => {
    const drawn = Object.entries(chartData(name).data).flatMap(([key, s]) => s.points.map((p) => ({ key, fact_id: p.factId, period: p.period, value: String(p.value), text: p.text })));
    const rows = parseCsvRecords(chartCsvFile(name)).map(({ key, fact_id, period, value, text }) => ({ key, fact_id, period, value, text }));
    expect(rows).toEqual(drawn);
  });
});

describe('usage over the written chapters', () => {
  it('records every <Fact> of every written chapter against that chapter', () => {
    const usage = siteUsage();
    const chapters = writtenChapters();
    expect(chapters.length).toBeGreaterThan(0);
    for (const c of chapters)
      for (const { id } of c.facts) expect(usage.get(id)!.chapters.map((u) => u.slug), `${c.slug}: ${id}`).toContain(c.slug);
  });
});
