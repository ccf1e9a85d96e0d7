/**
 * The types every chart shares, free of React and of the registry's runtime, so chart
 * declarations (content/charts/), the server's resolution (resolve.ts), the data room and the
 * chart components all speak the same language.
 *
 * A chart is declared once, in content/charts/<name>.ts, as a ChartSpec: the registry data it
 * draws, its reader-visible words per locale, and one state per step of its scrolly, keyed by
 * the step's id in story order. The server resolves the data (ChartData: every point with its
 * fact's label, value, unit, printed text, period and status) and the copy of the page's locale,
 * and the chart component draws ChartProps.
 */
import type { Unit } from '@/lib/registry/schema';
import type { Printable, Qualifier } from '@/lib/registry/format';
import type { ParsedPeriod } from '@/lib/registry/period';

/** The site's languages. Copy is written per locale; numbers are printed by lib/registry/format.ts. */
export const LOCALES = ['en', 'zh'] as const;
export type ChartLocale = (typeof LOCALES)[number];

/** Words every chart has: the rest of a chart's copy is its own interface, extending this one. */
export interface ChartCopy {
  /** The chart's title: the caption of its data table and the heading of its CSV. */
  title: string;
}

/**
 * A chart's declaration (content/charts/<name>.ts).
 * - `series`: data key → a registry series id (content/series.ts), or a list of fact ids for data
 *   that is not a time series (timeline events, market shares).
 * - `copy`: every word the chart shows, per locale. `en` is required; a locale without its own
 *   copy is drawn with `en` (see chartCopy in resolve.ts).
 * - `states`: step id → what the chart draws at that step, in the order the steps come in the
 *   story. The number of states is the number of rows; adding a step is adding a row.
 */
export interface ChartSpec<Copy extends ChartCopy = ChartCopy, State = unknown> {
  series: Readonly<Record<string, string | readonly string[]>>;
  copy: { readonly en: Copy } & { readonly [L in Exclude<ChartLocale, 'en'>]?: Copy };
  states: Readonly<Record<string, State>>;
}

/** How a figure is sourced, from the registry: one source, several agreeing, sources that differ, or computed. */
export type FactStatusKind = 'single' | 'agreed' | 'differ' | 'derived';

/** One figure a chart draws, with what the registry knows about it. */
export interface ChartPoint<V extends number | string = number | string> {
  factId: string;
  /** The registry's label ("Deliveries"), in the page's language (content/zh/facts.ts for Chinese). */
  label: string;
  /** Base units (RMB, not RMB bn); an ISO date string for unit `date`. */
  value: V;
  unit: Unit;
  /**
   * How the registry prints it: with value and unit this is the point's Printable, so a chart
   * reprints it through lib/registry/format.ts (`formatValue({ ...p, value: Math.abs(p.value) })`
   * for a magnitude) instead of editing `text`.
   */
  scale?: Printable['scale'];
  digits?: number;
  qualifier?: Qualifier;
  /** The registry's reading form ("about RMB 65,900"), printed by lib/registry/format.ts. */
  text: string;
  /** The registry's period as written ("Q2 2024", "30 Mar 2021"). */
  period: string;
  /**
   * The period in the page's language, the one field a chart prints a period from: as written in
   * English; in Chinese its regular form (2025年第三季度) or, for free text ("2025 (planned)"), the
   * fact's own words from content/zh/facts.ts (lib/registry/wording.ts).
   */
  periodText: string;
  /**
   * When the figure sits in time, parsed by lib/registry/period.ts: a date fact's own date
   * (the SU7 launch: 2024-03-28), any other fact's period. null when the text has no year.
   */
  at: ParsedPeriod | null;
  status: FactStatusKind;
  /** True when the figure rests on one source the registry marks `weaker` (a blog or news summary). */
  weakerSource?: true;
}

/** A registry series (content/series.ts): points in time order, all numbers in one unit. */
export interface ChartSeries {
  kind: 'series';
  /** The chart this data was resolved for (error messages name it). */
  chart: string;
  /** The data key in the chart's spec (`perCar`). */
  key: string;
  /** The registry series id and label. */
  id: string;
  label: string;
  unit: Unit;
  points: ChartPoint<number>[];
}

/** A chart's hand-picked list of facts (events on a timeline, shares of a market): not a time series. */
export interface ChartList {
  kind: 'list';
  chart: string;
  key: string;
  /** The data key, also used as id and label (a list has no registry name). */
  id: string;
  label: string;
  points: ChartPoint[];
}

export type ChartData = Record<string, ChartSeries | ChartList>;

/**
 * What a chart component receives. Plain JSON from the server (charts are client components
 * rendered on the server in their first state), so copy holds strings, never functions.
 */
export interface ChartProps<D extends ChartData = ChartData, C extends ChartCopy = ChartCopy> {
  data: D;
  /** The id of the active step (`<Step id>` in the chapter), one of the keys of the spec's states. */
  step: string;
  /** Progress through the active step, 0 to 1 (1 in the deck, 0 before JavaScript runs). */
  progress: number;
  /** The chart's words in the page's locale (the spec's copy[locale], or its `en`). */
  copy: C;
  locale: ChartLocale;
}
