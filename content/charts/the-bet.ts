import type { ChartCopy, ChartSpec } from '@/lib/charts/types';

/**
 * The bet: one chart with two views the steps move between, a vertical timeline of events and a
 * set of money bars in RMB. Both views are always drawn (the hidden one at opacity 0), so a state
 * says what each view holds: the hidden view's row is where its marks wait, so they fade in
 * where they will stand.
 */

/** Events on the timeline, in date order; each names the fact that dates it. */
export type BetEvent = 'announced' | 'deepmotion' | 'ad' | 'su7' | 'europe';
/** Bars of the money view. */
export type BetRow = 'phones' | 'iot' | 'internet' | 'ev' | 'rd24' | 'rd25' | 'initial' | 'ad' | 'cumulative';

export interface BetTimelineState {
  /** Which heading the timeline carries. */
  scene: 'placed' | 'first-moves' | 'road-ahead';
  /** Events on the timeline; `new` ones are drawn larger, in the accent colour. */
  events: Partial<Record<BetEvent, 'new' | 'old'>>;
  /** The side panel: the money pledged, or what Xiaomi researches itself. */
  panel?: 'pledge' | 'in-house';
  /** Europe's target year as a band over the whole year (it has no month). */
  europeBand?: boolean;
}

export interface BetMoneyState {
  /** Which heading and subheading the money view carries. */
  scene: 'mix' | 'research' | 'spent';
  /** Bar length: share of group revenue (percent ticks) or money on one scale (RMB ticks). */
  scale: 'share' | 'money';
  /** Bars shown, by row from the top. A hidden bar waits in its row of the nearest step that shows it. */
  rows: Partial<Record<BetRow, number>>;
  /** A row drawn with other words here (the car segment, named as revenue beside R&D). */
  rowCopy?: Partial<Record<BetRow, keyof BetCopy['money']['rows']>>;
  /** The whole of group revenue behind each bar. */
  background?: boolean;
  /** The AI part of the R&D budget, as a dark bar inside it. */
  aiBar?: boolean;
  footnote?: keyof BetCopy['money']['footnotes'];
}

export interface BetState {
  view: 'timeline' | 'money';
  timeline: BetTimelineState;
  money: BetMoneyState;
}

interface Line { text: string; italic?: boolean }

/** Every word the chart shows. `{name}` blanks are filled with figures printed by the registry. */
export interface BetCopy extends ChartCopy {
  /** The SVG's title: {first} and {last} are the timeline's years. */
  drawingTitle: string;
  /** What each step shows, for screen readers (the SVG's description, announced on a step change). */
  descriptions: Record<keyof typeof states, string>;
  timeline: {
    headings: Record<BetTimelineState['scene'], string>;
    /** {first}, {last}: the years drawn; {years}: the plan's length; {end}: the year it ends. */
    subheading: string;
    /** Events: {date} is the event's date in words; notes take the event's figures. */
    events: Record<BetEvent, { title: string; notes: Line[] }>;
    pledge: { initialNote: string; plannedNote: string; quote: [string, string]; quoteBy: string };
    inHouse: { heading: string; items: string[]; selfDriving: string };
    planContinues: string;
  };
  money: {
    headings: Record<BetMoneyState['scene'], { heading: string; sub: string }>;
    /** Row names and the figure at the bar's end ({value}, {share}, {period}, {date}). */
    rows: Record<BetRow | 'evSegment', { name: string; value: string }>;
    aiNote: string;
    footnotes: { mix: string; spent: string };
  };
}

/** Where the money view's marks wait while the timeline is shown: no bars, on the RMB scale. */
const moneyWaiting: BetMoneyState = { scene: 'mix', scale: 'money', rows: {} };
/** Where the timeline's marks wait while the money view is shown: every event, in its final place. */
const timelineWaiting: BetTimelineState = {
  scene: 'road-ahead',
  events: { announced: 'old', deepmotion: 'old', ad: 'old', su7: 'old', europe: 'old' },
};

const table = {
  'bet-announcement': {
    view: 'timeline', money: moneyWaiting,
    timeline: { scene: 'placed', events: { announced: 'new' }, panel: 'pledge' },
  },
  'bet-first-moves': {
    view: 'timeline', money: moneyWaiting,
    timeline: { scene: 'first-moves', events: { announced: 'old', deepmotion: 'new', ad: 'new' }, panel: 'in-house' },
  },
  'bet-who-pays': {
    view: 'money', timeline: timelineWaiting,
    money: { scene: 'mix', scale: 'share', rows: { phones: 0, iot: 1, internet: 2, ev: 3 }, background: true, footnote: 'mix' },
  },
  'bet-research': {
    view: 'money', timeline: timelineWaiting,
    money: { scene: 'research', scale: 'money', rows: { ev: 0, rd24: 1, rd25: 2 }, rowCopy: { ev: 'evSegment' }, aiBar: true },
  },
  'bet-money-spent': {
    view: 'money', timeline: timelineWaiting,
    money: { scene: 'spent', scale: 'money', rows: { initial: 0, ad: 1, cumulative: 2 }, footnote: 'spent' },
  },
  'bet-road-ahead': {
    view: 'timeline', money: moneyWaiting,
    timeline: { scene: 'road-ahead', events: { announced: 'old', deepmotion: 'old', ad: 'old', su7: 'new', europe: 'new' }, europeBand: true },
  },
} satisfies Record<string, BetState>;
/** Typed as the state interface, so a chart reads optional fields of any row. */
const states: Readonly<Record<keyof typeof table, BetState>> = table;

const en: BetCopy = {
  title: 'The car bet: what was pledged, what pays for it, and the road to 2027',
  drawingTitle: 'Xiaomi\'s car bet: timeline and money, {first} to {last}',
  descriptions: {
    'bet-announcement': 'On {announced} Xiaomi announced a wholly-owned car business: {initial} to start, and {planned} planned over {years}.',
    'bet-first-moves': 'The first moves on the timeline: DeepMotion bought in {deepmotionDate} for {deepmotion}, and {ad} for the first phase of self-driving research, announced on {adDate}.',
    'bet-who-pays': 'In {groupPeriod} smartphones brought in {phonesShare} of Xiaomi\'s {group} revenue, IoT and lifestyle products {iotShare}, internet services {internetShare} and the smart EV segment {evShare}.',
    'bet-research': 'Zoomed in: Xiaomi spent {rd24} on R&D in {rd24Period} and planned {rd25} ({rd25Period}), {ai} of it for AI; the smart EV segment took in {ev}.',
    'bet-money-spent': 'Money put into cars: {initial} to start, on {announced}, {ad} for self-driving research, and {cumulative} invested in cars and other new businesses from {cumulativePeriod}: at {rate} to the dollar, the rate Reuters used on {ratePeriod}, {share} of the {planned} pledge.',
    'bet-road-ahead': 'The whole timeline: the SU7 launch on {su7}, and car sales in Europe planned from {europe}; the ten-year plan runs on to {planEnd}.',
  },
  timeline: {
    headings: {
      placed: 'The bet is placed',
      'first-moves': 'First moves: a purchase and a research budget',
      'road-ahead': 'From pledge to launch, and a plan for Europe',
    },
    subheading: 'timeline, {first} to {last}; the plan runs {years}, to {end}',
    events: {
      announced: { title: '{date} · Car business announced', notes: [{ text: 'a wholly-owned company, run by Lei Jun himself' }] },
      deepmotion: { title: '{date} · DeepMotion bought', notes: [{ text: '{deepmotion} for a self-driving start-up' }] },
      ad: {
        title: '{date} · Self-driving research',
        notes: [{ text: '{ad} for the first phase' }, { text: 'one source lists it with the {first} plan', italic: true }],
      },
      su7: { title: '{date} · SU7 launched', notes: [{ text: 'prices announced, orders open' }] },
      europe: { title: '{date} · Sales in Europe planned', notes: [{ text: 'target restated on {reaffirmed}' }] },
    },
    pledge: {
      initialNote: 'to start: the first phase of the investment',
      plannedNote: 'planned over {years}, to {end}',
      quote: ['“the final major entrepreneurial', 'project of my life”'],
      quoteBy: 'Lei Jun, as quoted by Evertiq',
    },
    inHouse: {
      heading: 'Researched in-house, says one commentary',
      items: ['what drives the car', 'its battery know-how', 'software that helps it drive'],
      selfDriving: 'Self-driving, first phase: {ad}, {team} staff; a test fleet of {fleet} planned',
    },
    planContinues: 'plan continues to {end}',
  },
  money: {
    headings: {
      mix: { heading: 'Xiaomi revenue by segment, {groupPeriod}', sub: 'bar length = share of group revenue, {group} in all' },
      research: { heading: 'What Xiaomi spends on research (RMB)', sub: 'the car segment’s revenue for scale; R&D covers the whole group' },
      spent: { heading: 'Money put into the car bet (RMB)', sub: 'the last bar is open-ended: the source says “more than”' },
    },
    rows: {
      phones: { name: 'Smartphones', value: '{value} · {share}' },
      iot: { name: 'IoT and lifestyle products', value: '{value} · {share}' },
      internet: { name: 'Internet services', value: '{value} · {share}' },
      ev: { name: 'Smart EVs and other new initiatives', value: '{value} · {share}' },
      evSegment: { name: 'Smart EV segment revenue, {period}', value: '{value}' },
      rd24: { name: 'R&D spending, whole group, {period}', value: '{value}' },
      rd25: { name: 'R&D budget, whole group, {period}', value: '{value}' },
      initial: { name: 'Initial investment, {date}', value: '{value}' },
      ad: { name: 'Self-driving research, first phase, {date}', value: '{value}' },
      cumulative: { name: 'Cars and other new businesses, {period}', value: '{value}' },
    },
    aiNote: 'dark part: {ai} for AI, a quarter of the budget',
    footnotes: {
      mix: 'The car segment also holds other new ventures; cars alone: {evOnly}.',
      spent: 'The {cumulativePeriod} figure covers cars and other new businesses. At {rate} to the dollar (Reuters, {ratePeriod}), that is {share} of the {planned} pledge.',
    },
  },
};

const zh: BetCopy = {
  title: '造车押注：承诺了多少、靠什么支撑、前路如何',
  drawingTitle: '小米的造车押注：时间线与资金，{first}–{last}年',
  descriptions: {
    'bet-announcement': '{announced}，小米宣布成立全资汽车公司：首期投资{initial}，计划{years}内投入{planned}。',
    'bet-first-moves': '时间线上的第一步：{deepmotionDate}以{deepmotion}收购DeepMotion（深动科技）；{adDate}宣布拿出{ad}，用于第一期自动驾驶研发。',
    'bet-who-pays': '{groupPeriod}，小米集团收入{group}，其中智能手机占{phonesShare}，IoT与生活消费产品占{iotShare}，互联网服务占{internetShare}，智能电动汽车等创新业务分部占{evShare}。',
    'bet-research': '放大来看：小米{rd24Period}研发投入{rd24}，{rd25Period}计划投入{rd25}，其中{ai}投向AI；智能电动汽车分部收入为{ev}。',
    'bet-money-spent': '投进汽车的钱：{announced}首期投资{initial}，自动驾驶研发{ad}，{cumulativePeriod}在汽车及其他创新业务上累计投入{cumulative}。按路透社{ratePeriod}使用的汇率（1美元兑{rate}）折算，相当于{planned}承诺的{share}。',
    'bet-road-ahead': '完整的时间线：SU7于{su7}上市，计划从{europe}起在欧洲卖车；这份计划一直延续到{planEnd}年。',
  },
  timeline: {
    headings: {
      placed: '押注落定',
      'first-moves': '第一步：一笔收购，一笔研发预算',
      'road-ahead': '从承诺到上市，再到欧洲计划',
    },
    subheading: '时间线，{first}–{last}年；计划为期{years}，至{end}年',
    events: {
      announced: { title: '{date} · 宣布造车', notes: [{ text: '全资公司，雷军亲自带队' }] },
      deepmotion: { title: '{date} · 收购DeepMotion', notes: [{ text: '以{deepmotion}买下一家自动驾驶初创公司' }] },
      ad: {
        title: '{date} · 自动驾驶研发',
        notes: [{ text: '第一期投入{ad}' }, { text: '有一个来源把它列入{first}年的计划', italic: true }],
      },
      su7: { title: '{date} · SU7上市', notes: [{ text: '公布售价，开放订购' }] },
      europe: { title: '{date} · 计划进入欧洲', notes: [{ text: '{reaffirmed}再次确认这一目标' }] },
    },
    pledge: {
      initialNote: '首期：第一阶段的投资',
      plannedNote: '计划{years}内投入，至{end}年',
      quote: ['“人生中最后一次', '重大创业项目”'],
      quoteBy: '雷军，据Evertiq报道（译自英文）',
    },
    inHouse: {
      heading: '一篇评论称，这些由小米自研',
      items: ['电驱系统', '电池技术', '智能驾驶软件'],
      selfDriving: '自动驾驶第一期：{ad}，团队{team}人；计划组建{fleet}测试车队',
    },
    planContinues: '计划延续至{end}年',
  },
  money: {
    headings: {
      mix: { heading: '小米各分部收入，{groupPeriod}', sub: '条长 = 占集团收入的比例，集团合计{group}' },
      research: { heading: '小米的研发投入（元）', sub: '汽车分部的收入作参照；研发覆盖整个集团' },
      spent: { heading: '投进造车押注的钱（元）', sub: '最后一根条没有封口：来源说的是“超过”' },
    },
    rows: {
      phones: { name: '智能手机', value: '{value} · {share}' },
      iot: { name: 'IoT与生活消费产品', value: '{value} · {share}' },
      internet: { name: '互联网服务', value: '{value} · {share}' },
      ev: { name: '智能电动汽车等创新业务', value: '{value} · {share}' },
      evSegment: { name: '智能电动汽车分部收入，{period}', value: '{value}' },
      rd24: { name: '研发投入，全集团，{period}', value: '{value}' },
      rd25: { name: '研发预算，全集团，{period}', value: '{value}' },
      initial: { name: '首期投资，{date}', value: '{value}' },
      ad: { name: '自动驾驶研发第一期，{date}', value: '{value}' },
      cumulative: { name: '汽车及其他创新业务，{period}', value: '{value}' },
    },
    aiNote: '深色部分：{ai}投向AI，占预算的四分之一',
    footnotes: {
      mix: '该分部还包括其他创新业务；单算汽车：{evOnly}。',
      spent: '{cumulativePeriod}的数字包括汽车及其他创新业务。按1美元兑{rate}（路透社，{ratePeriod}）折算，相当于{planned}承诺的{share}。',
    },
  },
};

export const theBet = {
  series: {
    timeline: [
      'ev-business-announced', 'deepmotion-acquisition', 'autonomous-driving-announced', 'su7-launch-date',
      'europe-2027-q3-results', 'europe-target-year',
    ],
    pledge: ['initial-investment', 'planned-investment-usd', 'plan-years'],
    autonomy: ['autonomous-driving-investment', 'autonomous-driving-team-2022', 'autonomous-driving-test-fleet'],
    revenue: ['group-revenue-2024fy', 'smartphone-revenue-2024fy', 'iot-revenue-2024fy', 'internet-revenue-2024fy', 'segment-revenue-2024fy', 'ev-revenue-2024fy'],
    shares: ['smartphone-share-2024fy', 'iot-share-2024fy', 'internet-share-2024fy', 'segment-share-2024fy'],
    research: ['rd-spend-2024', 'rd-budget-2025', 'ai-rd-budget-2025'],
    invested: ['cumulative-investment-2022-2025h1', 'usd-cny-rate-2025-08', 'investment-share-of-pledge'],
  },
  copy: { en, zh },
  states,
} as const satisfies ChartSpec<BetCopy, BetState>;

export { states as theBetStates };
