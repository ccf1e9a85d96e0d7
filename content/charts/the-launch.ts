import type { ChartCopy, ChartSpec } from '@/lib/charts/types';

/**
 * The launch: cars delivered per quarter on a time axis, against the Beijing factory's rated
 * capacity as a quarterly run-rate (annual ÷ 4), with launch orders as dashed rules and the
 * milestones marked where they fall. Q4 2025, which no page gives, is drawn light with a dashed
 * outline as the derived figure (full year − first nine months).
 */

/** Milestones on the time axis, each dated by a registry fact (the 100,000th SU7 by launch date + its day count). */
export type LaunchMilestone =
  | 'su7Launch' | 'firstDeliveries' | 'phase2Start' | 'su7Hundred' | 'ultraPresale' | 'ultraLaunch'
  | 'yu7Launch' | 'phase2Running' | 'car500k';
/** Order counts drawn as dashed rules across the plot. */
export type LaunchRule = 'su7Minutes' | 'su7Day' | 'su7Locked' | 'yu7Minutes' | 'yu7Hour' | 'yu7Locked';

export interface LaunchState {
  /** How many quarters of deliveries are drawn, from the first. Bars a step adds grow as the reader scrolls in. */
  quarters: number;
  /** The milestones this step names, label rows from the top in this order (so no guide crosses a label). */
  named: readonly { milestone: LaunchMilestone; anchor: 'start' | 'end' }[];
  /** Order rules drawn, strong or faint (a count from an earlier step, kept for comparison). */
  rules: Partial<Record<LaunchRule, 'strong' | 'faint'>>;
  /** A rule drawn with other words here (the SU7's first day, named beside the YU7's orders). */
  ruleCopy?: Partial<Record<LaunchRule, keyof LaunchCopy['rules']>>;
  /**
   * What the value axis takes besides the deliveries and the SU7's first-day orders: this step's
   * order rules (the YU7 stretches the scale) or the derived last quarter.
   */
  scale: 'deliveries' | 'orders' | 'derived';
  /** Rated capacity after phase 2 opens: phase 1 alone, or phases 1 and 2. */
  capacity: 'phase1' | 'both';
  /** The derived last quarter, light with a dashed outline. */
  derivedQuarter?: boolean;
  /** The waiting times quoted for an order placed in one month. */
  waiting?: boolean;
}

export interface LaunchCopy extends ChartCopy {
  drawingTitle: string;
  /** For screen readers, per step; blanks are listed in descriptionValues (components/charts/the-launch/figures.ts). */
  descriptions: Record<keyof typeof table, string>;
  legend: { deliveries: string; capacity: string };
  /** A quarter on the time axis: {quarter} 1–4, {yy} the year's last two digits, {year} the year. */
  quarterTick: string;
  /** Milestone labels: {date} its date; {count} a production count; {days} the days it took; {price} a price. */
  milestones: Record<LaunchMilestone, string>;
  /** Rule labels: {count} the orders, {window} the time they came in, {period} when they were counted. */
  rules: Record<LaunchRule | 'su7DayCompared', string>;
  /** The label over the derived quarter's bar. */
  derived: string;
  /** Waiting times: {low}–{high} and {weeks} in weeks; {date} the month the order was placed. */
  waiting: { max: string; ultra: string; ordered: string };
}

const table = {
  'launch-night': {
    quarters: 0, named: [{ milestone: 'su7Launch', anchor: 'start' }], rules: { su7Minutes: 'strong', su7Day: 'strong' },
    scale: 'deliveries', capacity: 'phase1',
  },
  'launch-locked-orders': {
    quarters: 1, named: [{ milestone: 'firstDeliveries', anchor: 'start' }], rules: { su7Day: 'faint', su7Locked: 'strong' },
    scale: 'deliveries', capacity: 'phase1',
  },
  'launch-ramp-up': {
    quarters: 3, named: [{ milestone: 'phase2Start', anchor: 'start' }, { milestone: 'su7Hundred', anchor: 'start' }], rules: {},
    scale: 'deliveries', capacity: 'phase1',
  },
  'launch-su7-ultra': {
    quarters: 4, named: [{ milestone: 'ultraPresale', anchor: 'start' }, { milestone: 'ultraLaunch', anchor: 'end' }], rules: {},
    scale: 'deliveries', capacity: 'phase1',
  },
  'launch-waiting-times': { quarters: 4, named: [], rules: {}, scale: 'deliveries', capacity: 'phase1', waiting: true },
  'launch-yu7': {
    quarters: 5, named: [{ milestone: 'yu7Launch', anchor: 'end' }],
    rules: { su7Day: 'faint', yu7Locked: 'strong', yu7Hour: 'strong' }, ruleCopy: { su7Day: 'su7DayCompared' },
    scale: 'orders', capacity: 'phase1',
  },
  'launch-phase-two': {
    quarters: 6, named: [{ milestone: 'car500k', anchor: 'end' }, { milestone: 'phase2Running', anchor: 'end' }], rules: {},
    scale: 'derived', capacity: 'both', derivedQuarter: true,
  },
} satisfies Record<string, LaunchState>;
/** Typed as the state interface, so a chart reads optional fields of any row. */
const states: Readonly<Record<keyof typeof table, LaunchState>> = table;

const en: LaunchCopy = {
  title: "Cars delivered per quarter against the Beijing factory's rated capacity, with launch orders and milestones",
  drawingTitle: "Xiaomi car deliveries per quarter against the factory's rated capacity, with launch orders and milestones",
  descriptions: {
    'launch-night': "On {launch} the SU7 took {su7Minutes} refundable firm orders in {su7Window} and {su7Day} within a day, while the factory's first phase was rated at {phase1} cars a year, about {phase1Quarter} a quarter.",
    'launch-locked-orders': 'First deliveries began on {firstDeliveries}. By {lockedPeriod}, {su7Locked} orders were locked; {q1Period} deliveries were {q1}.',
    'launch-ramp-up': 'Deliveries rose to {q2} in {q2Period} and {q3} in {q3Period}, above the rated {phase1Quarter} a quarter; the {su7HundredCount}th SU7 was built {su7HundredDays} after launch.',
    'launch-su7-ultra': 'The SU7 Ultra opened for pre-sale on {ultraPresale} at {ultraPresalePrice} and launched on {ultraLaunch} at {ultraLaunchPrice}; {q4Period} deliveries were {q4}.',
    'launch-waiting-times': 'In {waitDate} a new SU7 Max order meant a wait of {maxLow} to {maxHigh} weeks, and an SU7 Ultra {ultraWeeks} weeks: delivery late in 2025.',
    'launch-yu7': 'The YU7 launched on {yu7Launch} with {yu7Hour} pre-orders in the first hour and {yu7Locked} locked orders within {yu7Window}, more than twice the {q5} delivered in {q5Period}.',
    'launch-phase-two': 'Phase 2 was running by {phase2Running}, lifting rated capacity to {total} cars a year, about {totalQuarter} a quarter; {q6Period} deliveries reached {q6}, and the {carCount}th car was built on {car500k}. No page gives {derivedPeriod}: the full year less the first nine months leaves {derived} (derived).',
  },
  legend: { deliveries: 'Cars delivered per quarter', capacity: 'Rated factory capacity, annual ÷ 4' },
  quarterTick: "Q{quarter} '{yy}",
  milestones: {
    su7Launch: 'SU7 launch · {date}',
    firstDeliveries: 'First deliveries · {date}',
    phase2Start: 'Phase 2 building starts · {date}',
    su7Hundred: '{count}th SU7 · after {days}',
    ultraPresale: 'Ultra pre-sale · {price}',
    ultraLaunch: 'Ultra launch · {price}',
    yu7Launch: 'YU7 launch · {date}',
    phase2Running: 'Phase 2 running · {date}',
    car500k: '{count}th car · {date}',
  },
  rules: {
    su7Minutes: '{count} firm orders in {window}',
    su7Day: '{count} firm orders in the first day (refundable)',
    su7DayCompared: 'SU7: {count} in its first day',
    su7Locked: '{count} locked, no refund, by {period}',
    // No step draws this rule; it is there, hidden, for the data behind the chart.
    yu7Minutes: '{count}',
    yu7Hour: 'YU7: {count} pre-orders in the first hour',
    yu7Locked: 'YU7: {count} locked in {window}',
  },
  derived: 'derived',
  waiting: { max: 'SU7 Max: {low}–{high} weeks', ultra: 'SU7 Ultra: {weeks} weeks', ordered: 'ordered {date}' },
};

const zh: LaunchCopy = {
  title: '每季度交付量与北京工厂额定产能对比，附上市订单与里程碑',
  drawingTitle: '小米汽车每季度交付量与工厂额定产能对比，附上市订单与里程碑',
  descriptions: {
    'launch-night': 'SU7于{launch}上市，{su7Window}内收到{su7Minutes}份可退的大定，一天之内达到{su7Day}份；而工厂一期的额定年产能为{phase1}辆，折合每季度约{phase1Quarter}辆。',
    'launch-locked-orders': '首批车于{firstDeliveries}开始交付。截至{lockedPeriod}，锁单达到{su7Locked}份；{q1Period}交付{q1}。',
    'launch-ramp-up': '交付量在{q2Period}升至{q2}，{q3Period}升至{q3}，超过每季度{phase1Quarter}辆的额定节奏；上市{su7HundredDays}后，第{su7HundredCount}辆SU7下线。',
    'launch-su7-ultra': 'SU7 Ultra于{ultraPresale}开启预售，预售价{ultraPresalePrice}；{ultraLaunch}正式上市，售价{ultraLaunchPrice}。{q4Period}交付{q4}。',
    'launch-waiting-times': '{waitDate}，新下单的SU7 Max要等{maxLow}至{maxHigh}周，SU7 Ultra要等{ultraWeeks}周：要到2025年晚些时候才能提车。',
    'launch-yu7': 'YU7于{yu7Launch}上市，第一个小时收到{yu7Hour}份预订，{yu7Window}内锁单{yu7Locked}份，是{q5Period}交付量{q5}的两倍多。',
    'launch-phase-two': '到{phase2Running}，二期工厂已投产，额定年产能提高到{total}辆，折合每季度约{totalQuarter}辆；{q6Period}交付{q6}，第{carCount}辆车于{car500k}下线。{derivedPeriod}的交付量没有哪个页面给出：全年减去前三季度，约为{derived}（推算值）。',
  },
  legend: { deliveries: '每季度交付量', capacity: '工厂额定产能（年产能÷4）' },
  quarterTick: '{yy}Q{quarter}',
  milestones: {
    su7Launch: 'SU7上市 · {date}',
    firstDeliveries: '首批交付 · {date}',
    phase2Start: '二期动工 · {date}',
    su7Hundred: '第{count}辆SU7 · 用时{days}',
    ultraPresale: 'Ultra预售 · {price}',
    ultraLaunch: 'Ultra上市 · {price}',
    yu7Launch: 'YU7上市 · {date}',
    phase2Running: '二期投产 · {date}',
    car500k: '第{count}辆车 · {date}',
  },
  rules: {
    su7Minutes: '{window}内大定{count}份',
    su7Day: '首日大定{count}份（可退）',
    su7DayCompared: 'SU7：首日{count}份',
    su7Locked: '截至{period}锁单{count}份，不可退',
    yu7Minutes: '{count}',
    yu7Hour: 'YU7：首小时预订{count}份',
    yu7Locked: 'YU7：{window}内锁单{count}份',
  },
  derived: '推算',
  waiting: { max: 'SU7 Max：{low}–{high}周', ultra: 'SU7 Ultra：{weeks}周', ordered: '{date}下单' },
};

export const theLaunch = {
  series: {
    deliveries: 'deliveries',
    /** Q4 2025: no page gives it; the same derived figure the headwinds chart draws. */
    derivedQuarter: ['deliveries-2025q4-derived'],
    capacity: ['factory-phase1-capacity', 'factory-phase2-capacity', 'factory-capacity-total'],
    milestones: [
      'su7-launch-date', 'su7-first-deliveries', 'phase2-construction-start', 'su7-ultra-presale-date',
      'su7-ultra-launch-date', 'yu7-launch-date', 'phase2-operational', 'car-500000th-date',
    ],
    orders: ['su7-orders-27-minutes', 'su7-orders-24h', 'su7-locked-orders', 'yu7-orders-3-minutes', 'yu7-orders-1-hour', 'yu7-locked-18-hours'],
    windows: ['su7-orders-window-minutes', 'yu7-locked-window-hours'],
    production: ['su7-days-to-100000', 'su7-production-milestone', 'car-production-milestone'],
    ultra: ['su7-ultra-presale-price', 'su7-ultra-launch-price'],
    waiting: ['wait-quoted-date', 'wait-su7-max-low', 'wait-su7-max-high', 'wait-su7-ultra'],
  },
  copy: { en, zh },
  states,
} as const satisfies ChartSpec<LaunchCopy, LaunchState>;

export { states as theLaunchStates };
