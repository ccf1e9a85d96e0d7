import type { Wording } from '@/lib/registry/wording';

/**
 * The Chinese words for every registry fact: label, measure, and where the English has them the
 * period (free-text periods only), note, formula and disagreement. Figures never appear here:
 * they come from content/facts. The build fails naming the id of any fact left out.
 */
export const factWordingZh: Wording = {};
