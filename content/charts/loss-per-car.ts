import type { ChartCopy, ChartSpec } from '@/lib/charts/types';

/** Loss (or profit) per car, quarter by quarter, under the deliveries that spread the costs. */
export interface LossPerCarState {
  /** How many quarters are drawn, from the first. Bars a step adds grow as the reader scrolls in. */
  quarters: number;
  /** The per-car figures published in the press, as dots beside the derived bars. */
  reported: boolean;
  /** The first quarter's published figure, the division behind it, or the legend for the dots. */
  note?: 'published' | 'division' | 'legend';
}

export interface LossPerCarCopy extends ChartCopy {
  /** The SVG's title. */
  drawingTitle: string;
  /** For screen readers, per step. Blanks: {firstPeriod}, {lastPeriod}, {firstDeliveries}, {deliveries}, {firstPerCar}, {perCar}, {segmentLoss}. */
  descriptions: Record<keyof typeof states, string>;
  /** {perCar} in a description: a loss or a profit of {amount} a car. */
  perCarLoss: string;
  perCarProfit: string;
  deliveriesHeading: string;
  perCarHeading: string;
  /** Step notes: {segmentLoss} the first quarter's loss, {cars} its deliveries, {amount} the published figure. */
  division: string;
  published: string;
  legend: string;
}

const table = {
  'q2-2024-loss': { quarters: 1, reported: true, note: 'published' },
  'why-a-loss': { quarters: 1, reported: false, note: 'division' },
  'rest-of-2024': { quarters: 3, reported: false },
  'early-2025': { quarters: 5, reported: false },
  'first-profit': { quarters: 6, reported: false },
  'derived-vs-reported': { quarters: 6, reported: true, note: 'legend' },
} satisfies Record<string, LossPerCarState>;
/** Typed as the state interface, so a chart reads optional fields of any row. */
const states: Readonly<Record<keyof typeof table, LossPerCarState>> = table;

const byQuarter = 'By {lastPeriod} deliveries reached {deliveries} and the segment\'s result worked out at {perCar} per car.';

const en: LossPerCarCopy = {
  title: 'Segment result per car delivered (derived) and deliveries, by quarter',
  drawingTitle: 'The car segment\'s result divided by cars delivered, by quarter, with deliveries',
  descriptions: {
    'q2-2024-loss': 'In {firstPeriod} Xiaomi delivered {firstDeliveries}; the car segment\'s loss works out at about {firstPerCar} for each one (our division; the segment also holds AI and other ventures).',
    'why-a-loss': 'The segment\'s {segmentLoss} loss divided by {firstDeliveries} gives the loss per car in {firstPeriod}.',
    'rest-of-2024': byQuarter,
    'early-2025': byQuarter,
    'first-profit': byQuarter,
    'derived-vs-reported': 'All quarters from {firstPeriod} to {lastPeriod}, with the per-car figures published in the press shown as dots beside the derived bars.',
  },
  perCarLoss: 'a loss of about {amount}',
  perCarProfit: 'a profit of about {amount}',
  deliveriesHeading: 'Cars delivered',
  perCarHeading: 'Segment result per car (RMB, derived)',
  division: '{segmentLoss} loss ÷ {cars} cars',
  published: 'published: {amount} a car',
  legend: 'figure as published',
};

const zh: LossPerCarCopy = {
  title: '各季度每交付一辆车的分部业绩（推算）与交付量',
  drawingTitle: '各季度汽车分部业绩除以交付量，以及交付量',
  descriptions: {
    'q2-2024-loss': '{firstPeriod}小米交付{firstDeliveries}，汽车分部的亏损折合每辆约{firstPerCar}（这是我们的除法；该分部还包含AI等新业务）。',
    'why-a-loss': '分部亏损{segmentLoss}除以{firstDeliveries}，得出{firstPeriod}的每车亏损。',
    'rest-of-2024': '到{lastPeriod}，交付量达到{deliveries}，分部业绩折合每辆车{perCar}。',
    'early-2025': '到{lastPeriod}，交付量达到{deliveries}，分部业绩折合每辆车{perCar}。',
    'first-profit': '到{lastPeriod}，交付量达到{deliveries}，分部业绩折合每辆车{perCar}。',
    'derived-vs-reported': '从{firstPeriod}到{lastPeriod}的各个季度；媒体报道的每车数字以圆点画在推算的柱子旁边。',
  },
  perCarLoss: '亏损约{amount}',
  perCarProfit: '盈利约{amount}',
  deliveriesHeading: '汽车交付量',
  perCarHeading: '每车分部业绩（元，推算）',
  division: '亏损{segmentLoss} ÷ {cars}辆',
  published: '报道值：每车{amount}',
  legend: '媒体报道的数字',
};

export const lossPerCar = {
  series: { perCar: 'per-car-derived', deliveries: 'deliveries', reported: 'per-car-reported', result: 'segment-result' },
  copy: { en, zh },
  states,
} as const satisfies ChartSpec<LossPerCarCopy, LossPerCarState>;

export { states as lossPerCarStates };
