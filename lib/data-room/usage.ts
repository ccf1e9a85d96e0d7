/**
 * Where each figure is used: which chapters print it (in which step), which charts draw it, and
 * which derived figures are computed from it. Pure: the inputs are the chapter model's facts and
 * chart fact lists, so the rules are unit-tested without the site (lib/data-room/site.ts feeds it).
 */
export type UseKind = 'text' | 'chart' | 'headline';

export interface ChapterInput {
  slug: string;
  title: string;
  /** Every <Fact> in the chapter in document order, with the step it sits in (lib/chapter-model). */
  facts: readonly { id: string; inStep?: string }[];
  headlineFact: string;
  /** Each <Scrolly> in order: its chart and its first step (the anchor that opens the chart). */
  scrollies: { chart: string; firstStep: string }[];
}
export interface ChartInput { name: string; title: string; factIds: readonly string[] }

export interface ChapterUse { slug: string; title: string; href: string; kinds: UseKind[] }
export interface ChartUse { name: string; title: string; href: string; chapter: string }
export interface FactUsage { chapters: ChapterUse[]; charts: ChartUse[]; inputTo: string[] }

const KIND_ORDER: UseKind[] = ['text', 'chart', 'headline'];

export function buildUsage(
  factIds: readonly string[],
  derivedInputs: ReadonlyMap<string, readonly string[]>,
  chapters: readonly ChapterInput[],
  charts: readonly ChartInput[],
): Map<string, FactUsage> {
  const usage = new Map<string, FactUsage>(factIds.map((id) => [id, { chapters: [], charts: [], inputTo: [] }]));
  const at = (id: string) => {
    const u = usage.get(id);
    if (!u) throw new Error(`usage: unknown fact "${id}"`);
    return u;
  };
  const chartByName = new Map(charts.map((c) => [c.name, c]));

  for (const ch of chapters) {
    // One entry per chapter and fact; its link goes to the first place the fact appears.
    const found = new Map<string, { kinds: Set<UseKind>; href: string }>();
    const note = (id: string, kind: UseKind, href: string) => {
      at(id);
      const f = found.get(id);
      if (f) f.kinds.add(kind);
      else found.set(id, { kinds: new Set([kind]), href });
    };
    for (const f of ch.facts) note(f.id, 'text', f.inStep ? `/${ch.slug}#${f.inStep}` : `/${ch.slug}`);
    for (const s of ch.scrollies) {
      const chart = chartByName.get(s.chart);
      if (!chart) throw new Error(`usage: chapter "${ch.slug}" draws unknown chart "${s.chart}"`);
      const href = `/${ch.slug}#${s.firstStep}`;
      for (const id of new Set(chart.factIds)) {
        note(id, 'chart', href);
        const uses = at(id).charts;
        if (!uses.some((c) => c.name === chart.name && c.chapter === ch.slug)) uses.push({ name: chart.name, title: chart.title, href, chapter: ch.slug });
      }
    }
    note(ch.headlineFact, 'headline', `/${ch.slug}`);
    for (const [id, f] of found)
      at(id).chapters.push({ slug: ch.slug, title: ch.title, href: f.href, kinds: KIND_ORDER.filter((k) => f.kinds.has(k)) });
  }

  for (const [derived, inputs] of derivedInputs) for (const input of inputs) at(input).inputTo.push(derived);
  return usage;
}

/** The group a fact's row sits in: the first chapter (in story order) that uses it, or null. */
export function groupOf(u: FactUsage): string | null {
  return u.chapters[0]?.slug ?? null;
}
