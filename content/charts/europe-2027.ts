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

export const europe2027 = {
  series: {
    road: europeRoad,
    /** The target year as first reported, then as named from March 2025. */
    targets: ['europe-target-year-earlier', 'europe-target-year'],
    /** Germany as Lu Weibing described it (single source), and his own test drive. */
    germany: ['german-brands-share-germany', 'toyota-share-germany'],
    'test drive': ['lu-weibing-germany-km'],
  },
  copy: { en },
  states,
} as const satisfies ChartSpec<EuropeCopy, EuropeState>;

export { states as europeStates };
