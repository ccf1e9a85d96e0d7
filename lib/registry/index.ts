/**
 * The fact registry, parsed and checked once. Every figure the site prints comes through here.
 * Import it from server code only (routes, server components, scripts): client components get
 * plain data passed to them as props.
 */
import { facts as rawFacts } from '@/content/facts';
import { sources as rawSources } from '@/content/sources';
import { series as rawSeries } from '@/content/series';
import { buildRegistry } from './build';

export type { Fact, Registry, SeriesPoint, Series } from './build';
export const registry = buildRegistry(rawFacts, rawSources, rawSeries);
export const { getFact, getSeries, getSource } = registry;
