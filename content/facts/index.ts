/**
 * The whole fact registry, one file a topic, in the order the story meets them. The order is the
 * registry order: the data room's default order and the row order of its downloads.
 * Where a figure goes: what it measures decides, not which chapter prints it first.
 */
import type { RawFact } from '@/lib/registry/schema';
import { facts as thePlan } from './the-plan';
import { facts as group } from './group';
import { facts as launchAndFactory } from './launch-and-factory';
import { facts as quarterlyResults } from './quarterly-results';
import { facts as perCar } from './per-car';
import { facts as marketAndPeers } from './market-and-peers';
import { facts as targetsAndPolicy } from './targets-and-policy';
import { facts as europe } from './europe';

/** File → its facts, so a content error names the file that holds the bad entry. */
export const factFiles: Record<string, RawFact[]> = {
  'content/facts/the-plan.ts': thePlan,
  'content/facts/group.ts': group,
  'content/facts/launch-and-factory.ts': launchAndFactory,
  'content/facts/quarterly-results.ts': quarterlyResults,
  'content/facts/per-car.ts': perCar,
  'content/facts/market-and-peers.ts': marketAndPeers,
  'content/facts/targets-and-policy.ts': targetsAndPolicy,
  'content/facts/europe.ts': europe,
};

export const facts: RawFact[] = Object.values(factFiles).flat();
