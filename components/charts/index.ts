'use client';
/**
 * Chart name → component. Each chart is its own chunk (next/dynamic), so a chapter page loads
 * only the charts it draws; the server still renders the first state into the HTML. Each chart
 * comes wrapped in its motion (motion/ChartMotion.tsx), loaded with the chart, not before the page.
 */
import dynamic from 'next/dynamic';
import type { ComponentType } from 'react';
import type { ChartName } from '@/lib/charts/specs';
import type { ChartProps } from './types';

type AnyChart = ComponentType<ChartProps<any, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

const withMotion = (chart: Promise<{ default: AnyChart }>) =>
  Promise.all([chart, import('./motion/ChartMotion')]).then(([c, motion]) => motion.withMotion(c.default));

export const CHARTS: Record<ChartName, AnyChart> = {
  'loss-per-car': dynamic(() => withMotion(import('./LossPerCarChart'))),
  'europe-2027': dynamic(() => withMotion(import('./europe-2027/EuropeChart'))),
  'headwinds': dynamic(() => withMotion(import('./headwinds/HeadwindsChart'))),
  'the-bet': dynamic(() => withMotion(import('./the-bet/TheBetChart'))),
  'the-launch': dynamic(() => withMotion(import('./the-launch/TheLaunchChart'))),
  profitability: dynamic(() => withMotion(import('./profitability/ProfitabilityChart'))),
  'years-to-profit': dynamic(() => withMotion(import('./years-to-profit/YearsToProfitChart'))),
};
