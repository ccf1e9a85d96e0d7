/**
 * The fact registry, parsed and checked once. Every figure the site prints comes through here.
 * Import it from server code only (routes, server components, scripts): client components get
 * plain data passed to them as props.
 */
import { factFiles, facts as rawFacts } from '@/content/facts';
import { sources as rawSources } from '@/content/sources';
import { series as rawSeries } from '@/content/series';
import { buildRegistry } from './build';

export type { Fact, Registry, SeriesPoint, Series } from './build';
const fileOfFact = new Map(Object.entries(factFiles).flatMap(([file, list]) => list.map((f) => [f.id, file] as const)));
export const registry = buildRegistry(rawFacts, rawSources, rawSeries, (id) => fileOfFact.get(id) ?? 'content/facts');
export const { getFact, getSeries, getSource } = registry;
