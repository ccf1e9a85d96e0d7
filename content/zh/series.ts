/** Chinese labels of the chart series, by the ids of content/series.ts (the figures are shared). */
export const seriesLabelZh: Record<string, string> = {
  deliveries: '交付量',
  'deliveries-extended': '交付量（2024年第二季度至2026年第一季度）',
  'ev-revenue': '汽车收入',
  'segment-revenue': '分部收入',
  'gross-margin': '分部毛利率',
  'segment-result': '分部业绩',
  asp: '平均售价（ASP）',
  'per-car-derived': '单车亏损或利润（推算）',
  'per-car-reported': '单车亏损或利润（报道口径）',
  'years-to-profit': '到首个盈利季度所用年数',
};
