import type { ChartCopy, ChartSpec } from '@/lib/charts/types';

/**
 * How long car makers took from their founding to a first profitable quarter, one bar each, with
 * the measure each company reported written under its bar. The companies come in the order of
 * the registry series `years-to-profit`; the other figures are set against them.
 */
export type ProfitMeasure = 'net' | 'operating' | 'segment';

/** The company bars, top to bottom, and the kind of result each counts (the registry's `measure`). */
export const yearsToProfitCompanies = [
  { factId: 'years-to-profit-tesla', measure: 'net' },
  { factId: 'years-to-profit-li-auto', measure: 'net', claim: true },
  { factId: 'years-to-profit-leapmotor', measure: 'net', claim: true },
  { factId: 'years-to-profit-nio', measure: 'operating' },
  { factId: 'years-to-profit-xpeng', measure: 'net' },
  { factId: 'years-to-profit-xiaomi', measure: 'segment', highlight: true },
] as const;
type Company = (typeof yearsToProfitCompanies)[number]['factId'];

export interface YearsToProfitState {
  /** Companies drawn, from the top; bars a step adds grow as the reader scrolls in. */
  rows: number;
  /** A source document's claim, as a line across the rows it covers. */
  claim?: boolean;
  /** Bars styled by measure, the footnote stressed as their legend. */
  byMeasure?: boolean;
  /** Xiaomi's last stretch, from the SU7 launch to the profit. */
  launch?: boolean;
}

const table = {
  'peers-tesla': { rows: 1 },
  'peers-li-auto-leapmotor': { rows: 3, claim: true },
  'peers-nio-xpeng': { rows: 5 },
  'peers-xiaomi': { rows: 6 },
  'peers-different-measures': { rows: 6, byMeasure: true },
  'peers-head-start': { rows: 6, byMeasure: true, launch: true },
} satisfies Record<string, YearsToProfitState>;
const states: Readonly<Record<keyof typeof table, YearsToProfitState>> = table;

export interface YearsToProfitCopy extends ChartCopy {
  drawingTitle: string;
  /**
   * Per step. Blanks: {teslaFrom} {teslaTo} {tesla} {teslaMeasure}; {li} {leap} {claim} {verdict};
   * {nio} {xpeng} {xpengTo}; {xiaomi} {xiaomiTo}; {net} {operating} {segment} (company names);
   * {months} {liFromDeliveries} {xiaomiFromDeliveries}.
   */
  descriptions: Record<keyof typeof states, string>;
  /** {verdict}: whether the claim fits Li Auto and Leapmotor; {name} a company. */
  verdict: { both: string; only: string; neither: string };
  /** Between company names in a list. */
  namesJoin: string;
  heading: string;
  guide: string;
  /** {months}: the SU7 launch to the first profit. */
  launchNote: string;
  /** {n}: years, on the last tick and at a bar's end. */
  years: string;
  /** {claim}: the source document's figure. */
  claimQuote: string;
  claimSource: string;
  /** Under a bar: {from} and {to} are the ends of its span, {measure} what it counts. */
  span: string;
  rowMeasures: Record<Company, string>;
  legendHeading: string;
  /** {names}: the companies whose bars count that measure. */
  legend: Record<ProfitMeasure, string>;
}

const en: YearsToProfitCopy = {
  title: 'Years from founding to the first profitable quarter',
  drawingTitle: 'Years from founding to a first profitable quarter: Xiaomi and five other electric-car makers',
  descriptions: {
    'peers-tesla': 'Tesla, founded in {teslaFrom}, took {tesla} to its first profitable quarter, {teslaTo}, counted as {teslaMeasure}.',
    'peers-li-auto-leapmotor': 'Li Auto took {li} and Leapmotor {leap} to a first profitable quarter; a source document says both took {claim}, {verdict}.',
    'peers-nio-xpeng': 'NIO took {nio} to a first adjusted operating profit and XPeng {xpeng} to a first net profit, both in {xpengTo}.',
    'peers-xiaomi': 'Xiaomi\'s car segment took {xiaomi} from the EV announcement to its first operating profit in {xiaomiTo}; the segment includes AI.',
    'peers-different-measures': 'The bars measure different things: net income or net profit for {net}; adjusted operating profit for {operating}; segment operating profit for {segment}.',
    'peers-head-start': 'Counted from the SU7 launch, Xiaomi\'s first profit came after {months}. From first deliveries to the end of the first profitable quarter, Li Auto took {liFromDeliveries} and Xiaomi {xiaomiFromDeliveries}.',
  },
  verdict: { both: 'which fits both', only: 'which fits only {name}', neither: 'which fits neither' },
  namesJoin: ', ',
  heading: 'Years to a first profitable quarter',
  guide: 'from founding; span and measure under each bar',
  launchNote: 'green: SU7 launch to first profit, {months}',
  years: '{n} yrs',
  claimQuote: '“{claim}”',
  claimSource: '(source document)',
  span: '{from} → {to} · {measure}',
  rowMeasures: {
    'years-to-profit-tesla': 'net income',
    'years-to-profit-li-auto': 'net income',
    'years-to-profit-leapmotor': 'net profit',
    'years-to-profit-nio': 'adjusted operating profit',
    'years-to-profit-xpeng': 'net profit',
    'years-to-profit-xiaomi': 'segment operating profit',
  },
  legendHeading: 'Measures differ, so the bars are not like for like:',
  legend: {
    net: 'net income or net profit: {names}',
    operating: 'adjusted operating profit (non-GAAP): {names}',
    segment: 'segment operating profit, incl. AI: {names}, from its EV announcement',
  },
};

const zh: YearsToProfitCopy = {
  title: '从成立到首个盈利季度所用的年数',
  drawingTitle: '从成立到首个盈利季度用了多少年：小米与另外五家电动车企',
  descriptions: {
    'peers-tesla': '特斯拉成立于{teslaFrom}，用了{tesla}迎来首个盈利季度（{teslaTo}），口径为{teslaMeasure}。',
    'peers-li-auto-leapmotor': '理想汽车用了{li}、零跑汽车用了{leap}迎来首个盈利季度；一篇原始材料称两家都用了{claim}，{verdict}。',
    'peers-nio-xpeng': '蔚来用了{nio}实现首个经调整经营利润，小鹏用了{xpeng}实现首个净利润，都在{xpengTo}。',
    'peers-xiaomi': '小米汽车所在分部从宣布造车到{xiaomiTo}首次实现经营利润，用了{xiaomi}；该分部包含AI业务。',
    'peers-different-measures': '这些柱子衡量的东西不同：{net}算的是净利润；{operating}是经调整经营利润；{segment}是分部经营利润。',
    'peers-head-start': '从SU7上市算起，小米过了{months}实现首次盈利。从首批交付算到首个盈利季度结束，理想用了{liFromDeliveries}，小米用了{xiaomiFromDeliveries}。',
  },
  verdict: { both: '两家都吻合', only: '只与{name}吻合', neither: '两家都不吻合' },
  namesJoin: '、',
  heading: '距首个盈利季度的年数',
  guide: '从成立算起；柱下注明时间跨度和口径',
  launchNote: '绿色：从SU7上市到首次盈利，{months}',
  years: '{n}年',
  claimQuote: '“{claim}”',
  claimSource: '（原始材料）',
  span: '{from}→{to} · {measure}',
  rowMeasures: {
    'years-to-profit-tesla': '净利润',
    'years-to-profit-li-auto': '净利润',
    'years-to-profit-leapmotor': '净利润',
    'years-to-profit-nio': '经调整经营利润',
    'years-to-profit-xpeng': '净利润',
    'years-to-profit-xiaomi': '分部经营利润',
  },
  legendHeading: '口径不同，柱子不能直接相比：',
  legend: {
    net: '净利润：{names}',
    operating: '经调整经营利润（非GAAP）：{names}',
    segment: '分部经营利润（含AI业务）：{names}，从宣布造车算起',
  },
};

export const yearsToProfit = {
  series: {
    // The facts of series 'years-to-profit' in its order, then the figures the chart sets against
    // them (a source document's claim, and the clocks from first deliveries); one list, so the
    // data table names each company in one table.
    figures: [
      ...yearsToProfitCompanies.map((c) => c.factId), 'years-to-profit-doc-claim', 'months-to-profit-xiaomi',
      'months-deliveries-to-profit-li-auto', 'months-deliveries-to-profit-xiaomi',
    ],
  },
  copy: { en, zh },
  states,
} as const satisfies ChartSpec<YearsToProfitCopy, YearsToProfitState>;

export { states as yearsToProfitStates };
