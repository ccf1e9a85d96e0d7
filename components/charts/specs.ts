/**
 * Which registry data each chart draws (one spec file per chart in specs/). The server resolves
 * these into plain data; an unknown chart name, series or fact fails the build naming the chart.
 * Free of React and of the chart modules, so scripts and the data room can import it.
 */
import { lossPerCar } from './specs/loss-per-car';
import { europe2027 } from './specs/europe-2027';
import { headwinds } from './specs/headwinds';
import { theBet } from './specs/the-bet';
import { theLaunch } from './specs/the-launch';
import { profitability } from './specs/profitability';
import { yearsToProfit } from './specs/years-to-profit';
import type { ChartSpec } from './specs/types';

export type { ChartSpec };

export const CHART_SPECS = {
  'loss-per-car': lossPerCar,
  'europe-2027': europe2027,
  'headwinds': headwinds,
  'the-bet': theBet,
  'the-launch': theLaunch,
  profitability,
  'years-to-profit': yearsToProfit,
} as const satisfies Record<string, ChartSpec>;

export type ChartName = keyof typeof CHART_SPECS;

export function isChartName(name: string): name is ChartName {
  return Object.hasOwn(CHART_SPECS, name);
}
