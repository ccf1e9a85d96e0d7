import type { ChartCopy, ChartSpec } from '@/lib/charts/types';

/**
 * The quarterly series carried past the first profit, with three side views: the share price,
 * the purchase tax and the delivery targets. Keys of fact lists are read as captions of the
 * "Data behind this chart" tables, so they are written as words. How firm each quarter's figure
 * is comes from the registry: `derived` points are drawn light and dashed, points resting on one
 * source the registry marks `weaker` hollow and dotted.
 */
export interface HeadwindsState {
  view: 'quarters' | 'share' | 'tax' | 'targets';
  /** Quarters drawn in the quarterly view, from the first; a side view keeps the count it returns to. */
  quarters: number;
  /** The quarterly view's extra marks: the first profit and the empty slots, or the tax line with the sourcing legend. */
  marks?: 'first-profit' | 'sourcing';
  /** The note at the foot of the quarterly view. */
  note?: 'measure' | 'derived' | 'weaker';
}

/** The delivery-target rows, top to bottom; `delivered` is the year's result, drawn solid. */
export const headwindsTargetRows = [
  { factId: 'delivery-target-2025-initial', y: 72 },
  { factId: 'delivery-target-2025', y: 124 },
  { factId: 'delivery-target-2025-raised', y: 176 },
  { factId: 'deliveries-2025fy', y: 228, delivered: true },
  { factId: 'delivery-target-2026', y: 312 },
] as const;
type TargetRow = (typeof headwindsTargetRows)[number]['factId'];

const table = {
  'headwinds-first-profit': { view: 'quarters', quarters: 6, marks: 'first-profit', note: 'measure' },
  'headwinds-share-price': { view: 'share', quarters: 6 },
  'headwinds-tax-and-margins': { view: 'tax', quarters: 6 },
  'headwinds-record-year': { view: 'targets', quarters: 6 },
  'headwinds-fourth-quarter': { view: 'quarters', quarters: 7, marks: 'sourcing', note: 'derived' },
  'headwinds-first-quarter-2026': { view: 'quarters', quarters: 8, marks: 'sourcing', note: 'weaker' },
} satisfies Record<string, HeadwindsState>;
const states: Readonly<Record<keyof typeof table, HeadwindsState>> = table;

export interface HeadwindsCopy extends ChartCopy {
  drawingTitle: string;
  /**
   * For screen readers, per step. Blanks: {firstPeriod} {firstDeliveries} {profitPeriod} {profitDeliveries} {profit};
   * {peak} {peakDate} {close} {closeDate} {fall}; {taxBefore} {taxAfter} {taxDate}; {initial} {raised} {goal}
   * {delivered} {next}; {q4Period} {q4Deliveries}; {q1Period} {q1Deliveries} {q1Loss}.
   */
  descriptions: Record<keyof typeof states, string>;
  quarters: {
    deliveriesHeading: string;
    resultHeading: string;
    firstProfit: string;
    /** A quarter still to come. */
    unknown: string;
    measureNote: string;
    /** {date}: the day the tax break was halved. */
    taxLine: string;
    /** Under a quarter with no segment result, two short lines. */
    noneFound: [string, string];
    legend: { reported: string; derived: string; weaker: string };
    /** {period}: the quarter the note is about. */
    derivedNote: string;
    weakerNote: string;
  };
  share: { heading: string; peakCaption: string; closeCaption: string; belowPeak: string; note: string };
  /** {date} in halvedFrom[1]: the day the tax break was halved. */
  tax: { heading: string; sub: string; beforeCaption: string; afterCaption: string; halvedFrom: [string, string]; margin: [string, string] };
  targets: { heading: string; rows: Record<TargetRow, string>; note: [string, string] };
}

const en: HeadwindsCopy = {
  title: 'After the segment\'s first operating profit: deliveries, segment result, share price, purchase tax and targets',
  drawingTitle: 'The segment that holds Xiaomi\'s cars, after its first operating profit',
  descriptions: {
    'headwinds-first-profit': 'Deliveries rose from {firstDeliveries} in {firstPeriod} to {profitDeliveries} in {profitPeriod}, when the segment made an operating profit of {profit}. We found no official figures for the two quarters after it.',
    'headwinds-share-price': 'Xiaomi\'s share price: a record {peak} during trading on {peakDate}, then a close of {close} on {closeDate}, {fall} below the peak.',
    'headwinds-tax-and-margins': 'The purchase-tax saving on a new electric car falls from {taxBefore} to {taxAfter} from {taxDate}; Xiaomi\'s management expected the car margin to slip a little in 2026, and we found no later margin.',
    'headwinds-record-year': 'The 2025 delivery target went from {initial} to {raised} in March; media later reported a goal of {goal}, which Xiaomi did not state; {delivered} were delivered by a blogger\'s count. The target for 2026 is {next}.',
    'headwinds-fourth-quarter': 'Deliveries in {q4Period}, derived as the full year minus the first nine months, come to {q4Deliveries}; no page gives the figure, and no segment result for the quarter was found.',
    'headwinds-first-quarter-2026': '{q1Period}: {q1Deliveries} and a segment loss of {q1Loss}, each from a single weaker source, after {q4Deliveries} in {q4Period} (derived).',
  },
  quarters: {
    deliveriesHeading: 'Cars delivered, by quarter',
    resultHeading: 'Segment result (RMB bn)',
    firstProfit: 'first profit',
    unknown: '?',
    measureNote: 'Measure: adjusted net loss in 2024, operating result from 2025. The segment includes AI, so it is not the car business alone.',
    taxLine: 'tax break halved, {date}',
    noneFound: ['none', 'found'],
    legend: { reported: 'reported', derived: 'derived', weaker: 'one weaker source' },
    derivedNote: '{period}: full year minus first nine months; no page gives it.',
    weakerNote: '{period}: blog and news summaries; the loss\'s measure is not stated.',
  },
  share: {
    heading: 'Xiaomi share price in Hong Kong (HK$)',
    peakCaption: 'record, during trading',
    closeCaption: 'close after the results',
    belowPeak: 'below the peak',
    note: 'Yicai and EconoTimes differ slightly on the close; the peak was intraday.',
  },
  tax: {
    heading: 'Most a buyer saves in purchase tax',
    sub: 'on one new electric car in China (RMB)',
    beforeCaption: 'full exemption',
    afterCaption: 'tax halved',
    halvedFrom: ['halved from', '{date}'],
    margin: ['Xiaomi\'s management expected the car', 'margin to slip in 2026; outcome not found.'],
  },
  targets: {
    heading: 'Delivery targets and the 2025 result (cars)',
    rows: {
      'delivery-target-2025-initial': '2025 target, at the start of the year',
      'delivery-target-2025': 'raised in March 2025',
      'delivery-target-2025-raised': 'goal after Q3, as media reported it',
      'deliveries-2025fy': 'delivered in 2025 (a blogger\'s count)',
      'delivery-target-2026': 'target for 2026',
    },
    note: ['Outlined: targets. Solid: cars delivered. Lei Jun gave', 'a rounder total; no official exact figure was found.'],
  },
};

const zh: HeadwindsCopy = {
  title: '分部首次实现经营盈利之后：交付量、分部业绩、股价、购置税与交付目标',
  drawingTitle: '小米汽车所在分部首次实现经营盈利之后',
  descriptions: {
    'headwinds-first-profit': '交付量从{firstPeriod}的{firstDeliveries}增至{profitPeriod}的{profitDeliveries}，这一季度分部实现经营利润{profit}。此后两个季度的官方数字，我们没有找到。',
    'headwinds-share-price': '小米股价：{peakDate}盘中创下{peak}的纪录，{closeDate}收于{close}，较高点下跌{fall}。',
    'headwinds-tax-and-margins': '新能源汽车的购置税优惠自{taxDate}起从每辆车{taxBefore}降至{taxAfter}；小米管理层预计2026年汽车毛利率略有下降，此后的毛利率我们没有找到。',
    'headwinds-record-year': '2025年交付目标从{initial}辆在3月上调至{raised}辆；媒体后来报道的目标是{goal}，小米并未这样说；按一位博主的统计，全年交付{delivered}。2026年的目标是{next}。',
    'headwinds-fourth-quarter': '{q4Period}的交付量按全年减去前三季度推算，为{q4Deliveries}；没有网页给出这个数字，这一季度的分部业绩也没有找到。',
    'headwinds-first-quarter-2026': '{q1Period}：交付{q1Deliveries}，分部亏损{q1Loss}，各自只有一个较弱的来源；此前{q4Period}交付{q4Deliveries}（推算）。',
  },
  quarters: {
    deliveriesHeading: '各季度汽车交付量',
    resultHeading: '分部业绩（亿元）',
    firstProfit: '首次盈利',
    unknown: '?',
    measureNote: '口径：2024年为经调整净亏损，2025年起为经营业绩。该分部包含AI业务，并不只是汽车。',
    taxLine: '购置税减半，{date}起',
    noneFound: ['没有', '找到'],
    legend: { reported: '公布值', derived: '推算值', weaker: '单一较弱来源' },
    derivedNote: '{period}：全年减去前三季度；没有网页给出此数。',
    weakerNote: '{period}：来自博客和新闻摘要；亏损口径未说明',
  },
  share: {
    heading: '小米港股股价（港元）',
    peakCaption: '纪录，盘中',
    closeCaption: '业绩公布后的收盘价',
    belowPeak: '较高点',
    note: '第一财经与EconoTimes给出的收盘价略有出入；高点是盘中价。',
  },
  tax: {
    heading: '购置税最多能省多少',
    sub: '在中国买一辆新能源汽车（元）',
    beforeCaption: '全额免征',
    afterCaption: '减半征收',
    halvedFrom: ['减半', '{date}起'],
    margin: ['小米管理层预计2026年汽车毛利率', '略有下降；结果未能查到。'],
  },
  targets: {
    heading: '交付目标与2025年实际交付（辆）',
    rows: {
      'delivery-target-2025-initial': '2025年初的目标',
      'delivery-target-2025': '2025年3月上调',
      'delivery-target-2025-raised': '三季度后媒体报道的目标',
      'deliveries-2025fy': '2025年实际交付（博主统计）',
      'delivery-target-2026': '2026年目标',
    },
    note: ['空心：目标。实心：实际交付。雷军给的', '是个约数；没有找到官方的确切数字。'],
  },
};

export const headwinds = {
  series: {
    deliveries: 'deliveries-extended',
    result: 'segment-result',
    'early 2026 (weaker sources)': ['segment-result-2026q1', 'deliveries-2026q1-change'],
    'share price': ['share-price-peak', 'share-price-2025-11-19', 'share-price-fall-from-peak'],
    'purchase tax': ['purchase-tax-cap-2025', 'purchase-tax-cap-2026', 'purchase-tax-change-date'],
    'delivery targets': headwindsTargetRows.map((r) => r.factId),
  },
  copy: { en, zh },
  states,
} as const satisfies ChartSpec<HeadwindsCopy, HeadwindsState>;

export { states as headwindsStates };
