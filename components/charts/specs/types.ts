export interface ChartSpec {
  /** The chart's title: the caption of its data table and the heading of its CSV. */
  title: string;
  /**
   * Chart data key → a registry series id (content/series.ts), or a list of fact ids for data
   * that is not a time series (timeline events, market shares).
   */
  series: Record<string, string | readonly string[]>;
  /** How many step states the chart draws; a scrolly with more steps fails the content check. */
  states: number;
}
