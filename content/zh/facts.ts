import type { Wording } from '@/lib/registry/wording';
import { betWording } from './wording/the-bet';
import { launchWording } from './wording/the-launch';
import { resultsWording } from './wording/results';
import { perCarWording } from './wording/per-car';
import { profitabilityWording } from './wording/profitability';
import { headwindsWording } from './wording/headwinds';
import { europeWording } from './wording/europe-2027';

/**
 * The Chinese words for every registry fact: label, measure, and where the English has them the
 * period (free-text periods only), note, formula and disagreement. Figures never appear here:
 * they come from content/facts. The build fails naming the id of any fact left out. The words are
 * kept by topic in content/zh/wording/ (not by registry file, which may be split differently).
 */
export const factWordingParts: Record<string, Wording> = {
  'content/zh/wording/the-bet.ts': betWording,
  'content/zh/wording/the-launch.ts': launchWording,
  'content/zh/wording/results.ts': resultsWording,
  'content/zh/wording/per-car.ts': perCarWording,
  'content/zh/wording/profitability.ts': profitabilityWording,
  'content/zh/wording/headwinds.ts': headwindsWording,
  'content/zh/wording/europe-2027.ts': europeWording,
};

/** All parts in one table (the unit test checks that no id is worded in two parts). */
export const factWordingZh: Wording = Object.assign({}, ...Object.values(factWordingParts));
