/**
 * Every chart's declaration, by the name a chapter gives it (`<Scrolly chart="name">`).
 * Words and data references only: lib/charts/ resolves them, components/charts/ draws them.
 */
import { europe2027 } from './europe-2027';
import { headwinds } from './headwinds';
import { lossPerCar } from './loss-per-car';
import { profitability } from './profitability';
import { theBet } from './the-bet';
import { theLaunch } from './the-launch';
import { yearsToProfit } from './years-to-profit';

export const CHART_SPECS = {
  'loss-per-car': lossPerCar,
  'europe-2027': europe2027,
  'headwinds': headwinds,
  'the-bet': theBet,
  'the-launch': theLaunch,
  profitability,
  'years-to-profit': yearsToProfit,
} as const;
