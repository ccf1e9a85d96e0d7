/** What every chart receives. Data is plain JSON built on the server from the registry. */
import type { Series } from '@/lib/registry';

/** A chart's hand-picked list of facts (events on a timeline, shares of a market): not a time series. */
export interface FactList {
  kind: 'list';
  id: string;
  label: string;
  points: { factId: string; label: string; period: string; value: number | string; text: string }[];
}

export type ChartData = Record<string, Series | FactList>;

export interface ChartProps<D extends ChartData = ChartData> {
  data: D;
  /** Index of the active step in the chart's scrolly, 0-based. */
  step: number;
  /** Progress through the active step, 0 to 1 (1 in the deck, 0 before JavaScript runs). */
  progress: number;
}

/** The shared viewBox: about square, so one drawing serves a phone's full width and a desktop column. */
export const W = 440;
export const H = 420;
