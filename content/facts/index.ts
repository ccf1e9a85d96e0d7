/** The whole fact registry: shared figures in core.ts, plus each chapter's own. */
import type { RawFact } from '@/lib/registry/schema';
import { facts as core } from './core';
import { facts as theBet } from './the-bet';
import { facts as theLaunch } from './the-launch';
import { facts as lossPerCar } from './loss-per-car';
import { facts as profitability } from './profitability';
import { facts as headwinds } from './headwinds';
import { facts as europe2027 } from './europe-2027';

/** File → its facts, so a content error names the file that holds the bad entry. */
export const factFiles: Record<string, RawFact[]> = {
  'content/facts/core.ts': core,
  'content/facts/the-bet.ts': theBet,
  'content/facts/the-launch.ts': theLaunch,
  'content/facts/loss-per-car.ts': lossPerCar,
  'content/facts/profitability.ts': profitability,
  'content/facts/headwinds.ts': headwinds,
  'content/facts/europe-2027.ts': europe2027,
};

export const facts: RawFact[] = Object.values(factFiles).flat();
