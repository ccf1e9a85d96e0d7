import type { ChartCopy, ChartSpec } from '@/lib/charts/types';

/**
 * The segment's way to a profit, quarter by quarter: gross margin on top (or, at the end, the
 * average price per car), the segment result below. The first step explains a margin by
 * splitting one yuan of sales in two.
 */
export interface ProfitabilityState {
  /** What the top panel shows. */
  top: 'margin' | 'price';
  /** Margin points drawn, from the first. A step that adds points draws the line as the reader scrolls in; a lone point is labelled larger. */
  marginPoints: number;
  /** Result bars drawn, from the first. Bars a step adds grow as the reader scrolls in. */
  bars: number;
  /** One yuan of sales split into the cost of making the cars and the gross margin, in place of the result panel. */
  split?: boolean;
  /** The divider between the two measures (adjusted net loss, then operating result). */
  measures?: boolean;
  /** A note on the result panel: a positive margin over a loss, or the first profit. */
  note?: 'margin-over-loss' | 'first-profit';
}

export interface ProfitabilityCopy extends ChartCopy {
  drawingTitle: string;
  /** For screen readers, per step; blanks are listed in descriptionValues (components/charts/profitability/figures.ts). */
  descriptions: Record<keyof typeof table, string>;
  margin: { heading: string; sub: string };
  price: {
    heading: string; sub: string;
    /** Over the quarter with no figure: {quarter} 1–4. Under it: {period} the full year's. */
    missing: string; yearAverage: string;
  };
  resultHeading: string;
  /** A quarter on the time axis: {quarter} 1–4, {yy} the year's last two digits, {year} the year. */
  quarterTick: string;
  /** The split bar: {period} the quarter, {cost} and {margin} its two parts. */
  split: { heading: string; cost: string; margin: string; notPaid: [string, string] };
  /** Either side of the divider, {year} the year of the quarters on that side. */
  measures: { before: string; after: string };
  /** {margin}: the first quarter's margin. */
  marginOverLoss: { heading: string; note: string };
  firstProfit: { heading: string; note: string };
}

const table = {
  'profit-gross-margin': { top: 'margin', marginPoints: 1, bars: 0, split: true },
  'profit-margin-is-not-profit': { top: 'margin', marginPoints: 1, bars: 1, note: 'margin-over-loss' },
  'profit-margin-climbs': { top: 'margin', marginPoints: 6, bars: 1 },
  'profit-loss-narrows': { top: 'margin', marginPoints: 6, bars: 5, measures: true },
  'profit-first-profit': { top: 'margin', marginPoints: 6, bars: 6, measures: true, note: 'first-profit' },
  'profit-price-rises': { top: 'price', marginPoints: 0, bars: 6, measures: true },
} satisfies Record<string, ProfitabilityState>;
/** Typed as the state interface, so a chart reads optional fields of any row. */
const states: Readonly<Record<keyof typeof table, ProfitabilityState>> = table;

const en: ProfitabilityCopy = {
  title: 'Segment gross margin, segment result and average selling price, by quarter',
  drawingTitle: 'Xiaomi\'s segment "Smart EV, AI and other new initiatives": gross margin, result and average price, by quarter',
  descriptions: {
    'profit-gross-margin': "In {firstPeriod} the segment's gross margin was {firstMargin}: that share of each yuan of sales was left after paying for making the cars.",
    'profit-margin-is-not-profit': 'In {firstPeriod} the gross margin was positive at {firstMargin}, yet the segment posted an adjusted net loss of {firstLoss}: the other costs were larger.',
    'profit-margin-climbs': 'The gross margin rose from {firstMargin} in {firstPeriod} to {peakMargin} in {peakPeriod}, and was {lastMargin} in {lastPeriod}.',
    'profit-loss-narrows': 'The loss narrowed from {firstLoss} in {firstPeriod} to {lastLoss} in {lastLossPeriod}. The {beforeYear} bars are adjusted net losses; from {afterYear} the bars are operating results.',
    'profit-first-profit': 'In {lastResultPeriod} the segment made an operating profit of {lastResult}, its first. The segment includes AI and other new businesses, so it is not a pure car profit.',
    'profit-price-rises': 'The average price per car rose from {firstPrice} in {firstPricePeriod} to {lastPrice} in {lastPricePeriod}. We found no figure for {missingPeriod}; the {yearPeriod} average was {yearPrice}.',
  },
  margin: { heading: 'Segment gross margin', sub: 'share of sales left after the cost of making the cars' },
  price: { heading: 'Average price per car (RMB)', sub: 'EV revenue per car delivered', missing: 'Q{quarter}: none found', yearAverage: '{period} average' },
  resultHeading: 'Segment result (RMB)',
  quarterTick: "Q{quarter} '{yy}",
  split: {
    heading: 'Each yuan of sales, {period}',
    cost: 'cost of making the cars {cost}',
    margin: 'gross margin {margin}',
    notPaid: ['Not yet paid from the gross margin: research,', 'stores, marketing, staff. Only what is left is profit.'],
  },
  measures: { before: '{year}: adjusted net loss', after: '{year}: operating result' },
  marginOverLoss: { heading: 'margin {margin}, result a loss', note: 'the other costs were larger than the gross profit' },
  firstProfit: { heading: 'first operating profit', note: 'the segment includes AI and other new businesses' },
};

const zh: ProfitabilityCopy = {
  title: '分部毛利率、分部业绩与单车均价（按季度）',
  drawingTitle: '小米“智能电动汽车及AI等创新业务”分部：毛利率、业绩与单车均价（按季度）',
  descriptions: {
    'profit-gross-margin': '{firstPeriod}，该分部毛利率为{firstMargin}：每一元销售收入，付完造车成本后还剩下这么多。',
    'profit-margin-is-not-profit': '{firstPeriod}，毛利率为正，达到{firstMargin}，但该分部经调整净亏损{firstLoss}：其他开支更大。',
    'profit-margin-climbs': '毛利率从{firstPeriod}的{firstMargin}升至{peakPeriod}的高点{peakMargin}，{lastPeriod}为{lastMargin}。',
    'profit-loss-narrows': '亏损从{firstPeriod}的{firstLoss}收窄到{lastLossPeriod}的{lastLoss}。{beforeYear}年的柱子是经调整净亏损，{afterYear}年起是经营业绩。',
    'profit-first-profit': '{lastResultPeriod}，该分部录得经营利润{lastResult}，这是头一回。分部里还包括AI等创新业务，因此这并不是纯粹的汽车利润。',
    'profit-price-rises': '单车均价从{firstPricePeriod}的{firstPrice}升至{lastPricePeriod}的{lastPrice}。{missingPeriod}我们没有找到单季数字；{yearPeriod}均价为{yearPrice}。',
  },
  margin: { heading: '分部毛利率', sub: '销售收入扣除造车成本后剩下的比例' },
  price: { heading: '单车均价（元）', sub: '汽车收入除以交付量', missing: 'Q{quarter}：未找到', yearAverage: '{period}均价' },
  resultHeading: '分部业绩（元）',
  quarterTick: '{yy}Q{quarter}',
  split: {
    heading: '每一元销售收入，{period}',
    cost: '造车成本 {cost}',
    margin: '毛利率 {margin}',
    notPaid: ['研发、门店、营销、人员开支，', '都还要从毛利里出，剩下的才是利润。'],
  },
  measures: { before: '{year}年：经调整净亏损', after: '{year}年：经营业绩' },
  marginOverLoss: { heading: '毛利率{margin}，业绩却亏损', note: '其他开支超过了毛利' },
  firstProfit: { heading: '首次经营盈利', note: '分部还包括AI等创新业务' },
};

/** The first result reported as the segment's operating result; the quarters before it are adjusted net losses. */
const firstOperatingResult = 'segment-result-2025q1';

export const profitability = {
  series: { margin: 'gross-margin', result: 'segment-result', asp: 'asp', 'FY2024 average price': ['asp-2024fy'] },
  firstOperatingResult,
  copy: { en, zh },
  states,
} as const satisfies ChartSpec<ProfitabilityCopy, ProfitabilityState> & { firstOperatingResult: string };

export { states as profitabilityStates, firstOperatingResult as profitabilityFirstOperatingResult };
