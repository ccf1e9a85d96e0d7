import { describe, expect, it } from 'vitest';
import { registry } from '@/lib/registry';
import { glossary } from '@/content/glossary';
import { series } from '@/content/series';
import { sources } from '@/content/sources';
import { story } from '@/content/story';
import { factWordingParts, factWordingZh } from '@/content/zh/facts';
import { glossaryZh } from '@/content/zh/glossary';
import { seriesLabelZh } from '@/content/zh/series';
import { publisherZh } from '@/content/zh/sources';
import { storyZh } from '@/content/zh/story';
import { checkWording, factWords, type FactWording } from './wording';

const facts = [...registry.facts.values()];

/**
 * Digits a Chinese word may carry: years and dates (2024年3月28日, 25–26日) and model names (SU7).
 * Anything else is a figure typed into the words, which must come from the registry instead.
 */
function strayFigures(text: string): string[] {
  const rest = text
    .replace(/(?:19|20)\d\d(?:年)?/g, '')
    .replace(/\d{1,2}(?:–\d{1,2})?[月日]/g, '')
    .replace(/[A-Z]{2}\d+/g, '');
  return rest.match(/[\d万亿]+/g) ?? [];
}

const wordsOf = (w: FactWording) => [w.label, w.measure, w.note, w.differNote, ...(w.alternativeNotes ?? [])].filter((t): t is string => !!t);

describe('Chinese wording of the fact registry', () => {
  it('words every fact, and every note, formula and disagreement the English has', () => {
    expect(checkWording(facts, factWordingZh)).toEqual([]);
    expect(Object.keys(factWordingZh)).toHaveLength(facts.length);
  });

  it('words no fact in two topic files', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, part] of Object.entries(factWordingParts))
      for (const id of Object.keys(part)) {
        if (seen.has(id)) twice.push(`${id} in ${seen.get(id)} and ${file}`);
        seen.set(id, file);
      }
    expect(twice).toEqual([]);
  });

  it('types no figure into labels, measures or notes', () => {
    const found = Object.entries(factWordingZh).flatMap(([id, w]) => wordsOf(w).flatMap((t) => strayFigures(t).map((d) => `${id}: "${d}" in ${t}`)));
    expect(found).toEqual([]);
  });

  it('the figure check itself catches a typed figure and lets dates and model names through', () => {
    expect(strayFigures('2024年3月28日SU7首批交付，9月25–26日报道')).toEqual([]);
    expect(strayFigures('约6.59万元')).toEqual(['6', '59万']);
    expect(strayFigures('破万')).toEqual(['万']);
  });

  it('reports a planted missing fact with the file and the id, and an unknown id', () => {
    const { 'deliveries-2024q2': _left, ...rest } = factWordingZh;
    const planted = { ...rest, 'no-such-fact': { label: '无', measure: '无' } };
    const problems = checkWording(facts, planted);
    expect(problems).toContain('content/zh/facts.ts: no Chinese wording for fact "deliveries-2024q2" (Deliveries)');
    expect(problems).toContain('content/zh/facts.ts: wording for unknown fact "no-such-fact"');
    expect(problems).toHaveLength(2);
  });

  it('gives every free-text period a Chinese one, so no English period reaches a Chinese reader', () => {
    const english = facts.filter((f) => /[A-Za-z]/.test(factWords(f, 'zh', factWordingZh).period)).map((f) => f.id);
    expect(english).toEqual([]);
  });
});

describe('Chinese series, glossary, story and publishers', () => {
  it('labels exactly the series of content/series.ts', () => {
    expect(Object.keys(seriesLabelZh).sort()).toEqual(series.map((s) => s.id).sort());
  });

  it('defines exactly the glossary terms of content/glossary.ts, with no figures', () => {
    expect(Object.keys(glossaryZh).sort()).toEqual(Object.keys(glossary).sort());
    const found = Object.values(glossaryZh).flatMap((e) => [...strayFigures(e.term), ...strayFigures(e.definition)]);
    expect(found).toEqual([]);
  });

  it('keeps the English chapter order (the same object, not a copy)', () => {
    expect(storyZh.chapters).toBe(story.chapters);
    expect(storyZh.title).not.toBe(story.title);
  });

  it('names only publishers that content/sources.ts has', () => {
    const publishers = new Set(sources.map((s) => s.publisher));
    expect(Object.keys(publisherZh).filter((p) => !publishers.has(p))).toEqual([]);
  });
});
