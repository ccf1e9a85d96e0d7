import type { ChartCopy, ChartSpec } from '@/lib/charts/types';

/**
 * The road to Europe: a time line from the July 2024 statement to the 2027 target (the earlier
 * 2030 target beyond a break), walked step by step; below it a card with the step's events, or
 * Germany's car market as Lu Weibing described it, a hundred squares with the single-source caveat.
 */

/** The statements and milestones on the road, in date order (the steps walk along them). */
export const europeRoad = [
  'europe-earlier-target-reported',
  'overseas-2027-mwc',
  'overseas-2027-results-call',
  'overseas-2027-lei-jun',
  'europe-test-car-registered',
  'europe-2027-q2-call',
  'munich-rd-centre',
  'europe-2027-q3-results',
] as const;
export type EuropeRoadEvent = (typeof europeRoad)[number];

export interface EuropeState {
  /** The road events this step reaches: drawn large in the accent colour and told on the card. */
  events: readonly EuropeRoadEvent[];
  /** Where the target flag stands: the year first reported, or the year named from March 2025. */
  target: 'as-reported' | 'moved';
  /** The arrow that carries the flag from the earlier year to the new one. */
  targetArrow?: true;
  /** The dashed stretch from the last event to the target year. */
  stillToGo?: true;
  /** The market view in place of the card, with one of its blocks picked out. */
  market?: 'german' | 'toyota';
  /** Lu Weibing's own drive, at the end of the travelled road (in place of the flag's caption). */
  testDrive?: true;
}

const table = {
  'europe-no-immediate-plans': { events: ['europe-earlier-target-reported'], target: 'as-reported' },
  'europe-target-moves': { events: ['overseas-2027-mwc', 'overseas-2027-results-call'], target: 'moved', targetArrow: true },
  'europe-home-first': { events: ['overseas-2027-lei-jun', 'europe-test-car-registered'], target: 'moved' },
  'europe-munich-centre': { events: ['europe-2027-q2-call', 'munich-rd-centre'], target: 'moved' },
  'europe-plan-reaffirmed': { events: ['europe-2027-q3-results'], target: 'moved', stillToGo: true },
  'europe-german-market': { events: [], target: 'moved', market: 'german' },
  'europe-hardest-first': { events: [], target: 'moved', market: 'toyota', testDrive: true },
} satisfies Record<string, EuropeState>;
const states: Readonly<Record<keyof typeof table, EuropeState>> = table;

export interface EuropeCopy extends ChartCopy {
  drawingTitle: string;
  /**
   * For screen readers, per step. Blanks: {reported} {mwc} {resultsCall} {leiJun} {testCar} {q2Call}
   * {munich} {q3Results} (the events' dates); {earlier} {target} (the two target years); {german}
   * {toyota} (market shares); {km} (Lu Weibing's drive).
   */
  descriptions: Record<keyof typeof states, string>;
  heading: string;
  /** The flag's caption. {date}: when the new target was first named. */
  targetAsReported: string;
  targetSince: string;
  stillToGo: string;
  /** Two lines. {period}: when he drove; {km}: how far. */
  drive: [string, string];
  /** What the card says about each event. Blanks: {earlier} {target}. */
  events: Record<EuropeRoadEvent, string>;
  market: {
    heading: string;
    german: string;
    toyota: string;
    toyotaNote: string;
    others: string;
    othersNote: string;
    caveat: [string, string];
  };
}

const en: EuropeCopy = {
  title: 'The road to Europe, 2024 to 2027, and the German market as Xiaomi faces it',
  drawingTitle: 'Xiaomi\'s road to Europe, 2024 to 2027, and Germany\'s car market',
  descriptions: {
    'europe-no-immediate-plans': 'In {reported} Xiaomi was reported to aim for Europe by {earlier}, while saying it had no immediate plans to sell cars overseas.',
    'europe-target-moves': 'In {mwc} the target moves from {earlier} to {target}: named at MWC, then on the results call of {resultsCall}.',
    'europe-home-first': 'On {leiJun} Lei Jun puts buyers at home first and overseas sales from {target}; on {testCar} the first Europe-registered test car, an SU7 Ultra on German plates, appears.',
    'europe-munich-centre': 'In {q2Call} Europe is named the first market, by {target}; in {munich} an R&D and design centre opens in Munich, the first outside China.',
    'europe-plan-reaffirmed': 'On {q3Results} the third-quarter results reaffirm Europe in {target}; the stretch from there to {target} is still to go.',
    'europe-german-market': 'Germany\'s car market as Lu Weibing described it: German brands hold {german} of it. One source, not checked further.',
    'europe-hardest-first': 'Toyota holds {toyota} of Germany\'s market, as Lu Weibing put it (one source, not checked further); he drove {km} km on German highways himself.',
  },
  heading: 'Xiaomi\'s road to Europe',
  targetAsReported: 'target, as reported',
  targetSince: 'target since {date}',
  stillToGo: 'still to go',
  drive: ['Lu Weibing, {period}:', '{km} km on German highways'],
  events: {
    'europe-earlier-target-reported': 'Reported: Xiaomi aims to enter Europe\'s car market by {earlier}, and has "no immediate plans" to sell cars abroad.',
    'overseas-2027-mwc': 'At MWC in Barcelona: Xiaomi cars will appear outside China in {target}, and Europe may be the first region.',
    'overseas-2027-results-call': 'Results call: president Lu Weibing says the cars will start shipping overseas in {target}.',
    'overseas-2027-lei-jun': 'Lei Jun: sales outside China only from {target}. Buyers at home, waiting for their cars, come first.',
    'europe-test-car-registered': 'The first Xiaomi test car registered in Europe: an SU7 Ultra on German plates.',
    'europe-2027-q2-call': 'Second-quarter results: Europe will be the first market abroad, by {target}.',
    'munich-rd-centre': 'An R&D and design centre opens in Munich, the first outside China.',
    'europe-2027-q3-results': 'Third-quarter results: the plan to sell in Europe from {target} stands.',
  },
  market: {
    heading: 'Germany\'s car market, as Lu Weibing put it',
    german: 'German brands',
    toyota: 'Toyota',
    toyotaNote: 'even a strong foreign brand',
    others: 'All other brands',
    othersNote: 'not broken down',
    caveat: ['One source: Lu Weibing, in a magazine interview.', 'Not checked against registration data.'],
  },
};

const zh: EuropeCopy = {
  title: '通往欧洲之路（2024至2027年），以及小米要面对的德国市场',
  drawingTitle: '小米的欧洲之路（2024至2027年）与德国汽车市场',
  descriptions: {
    'europe-no-immediate-plans': '{reported}，据报道小米计划在{earlier}前进入欧洲，同时它表示暂无在海外卖车的计划。',
    'europe-target-moves': '{mwc}，目标从{earlier}提前到{target}：先在MWC上提出，{resultsCall}的业绩会上再次表态。',
    'europe-home-first': '{leiJun}，雷军把国内买家放在首位，海外销售从{target}起；{testCar}，欧洲第一辆注册上牌的小米测试车露面：一辆挂德国牌照的SU7 Ultra。',
    'europe-munich-centre': '{q2Call}，欧洲被定为首个海外市场，{target}前进入；{munich}，小米在慕尼黑开设研发与设计中心，这是它在中国以外的第一个。',
    'europe-plan-reaffirmed': '{q3Results}，第三季度业绩会重申{target}进入欧洲；从那时到{target}的这段路还没走完。',
    'europe-german-market': '卢伟冰口中的德国汽车市场：德国品牌的份额{german}。只有一个来源，没有进一步核实。',
    'europe-hardest-first': '据卢伟冰说，丰田在德国的市场份额只有{toyota}（只有一个来源，没有进一步核实）；他本人在德国高速公路上开了{km}公里。',
  },
  heading: '小米的欧洲之路',
  targetAsReported: '报道中的目标',
  targetSince: '{date}起的目标',
  stillToGo: '还没走完的路',
  drive: ['卢伟冰，{period}：', '在德国高速上开了{km}公里'],
  events: {
    'europe-earlier-target-reported': '据报道，小米打算在{earlier}之前进入欧洲的汽车市场。它自己则说，“暂无”在海外卖车的计划。',
    'overseas-2027-mwc': '巴塞罗那MWC：{target}，小米的汽车将出现在中国以外，欧洲可能是第一站。',
    'overseas-2027-results-call': '业绩会：集团总裁卢伟冰表示，汽车{target}开始出海。',
    'overseas-2027-lei-jun': '雷军：{target}起才考虑海外销售。国内还在等车的买家排在前面。',
    'europe-test-car-registered': '欧洲第一辆注册上牌的小米测试车：一辆挂德国牌照的SU7 Ultra。',
    'europe-2027-q2-call': '二季度业绩：欧洲将是首个海外市场，{target}前进入。',
    'munich-rd-centre': '在慕尼黑开设研发与设计中心，中国以外的第一个。',
    'europe-2027-q3-results': '三季度业绩：{target}起在欧洲卖车的计划不变。',
  },
  market: {
    heading: '卢伟冰口中的德国汽车市场',
    german: '德国品牌',
    toyota: '丰田',
    toyotaNote: '即使是强势的外国品牌',
    others: '其他所有品牌',
    othersNote: '未细分',
    caveat: ['只有一个来源：卢伟冰接受杂志采访时所说。', '没有与上牌数据核对。'],
  },
};

export const europe2027 = {
  series: {
    road: europeRoad,
    /** The target year as first reported, then as named from March 2025. */
    targets: ['europe-target-year-earlier', 'europe-target-year'],
    /** Germany as Lu Weibing described it (single source), and his own test drive. */
    germany: ['german-brands-share-germany', 'toyota-share-germany'],
    'test drive': ['lu-weibing-germany-km'],
  },
  copy: { en, zh },
  states,
} as const satisfies ChartSpec<EuropeCopy, EuropeState>;

export { states as europeStates };
