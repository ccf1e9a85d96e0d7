'use client';
/**
 * Chart name → component. Each chart is its own chunk (next/dynamic), so a chapter page loads
 * only the charts it draws; the server still renders the first state into the HTML.
 */
import dynamic from 'next/dynamic';
import type { ComponentType } from 'react';
import type { ChartName } from './specs';
import type { ChartProps } from './types';

type AnyChart = ComponentType<ChartProps<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const CHARTS: Record<ChartName, AnyChart> = {
  'loss-per-car': dynamic(() => import('./LossPerCarChart')),
  'europe-2027': dynamic(() => import('./EuropeChart')),
  'headwinds': dynamic(() => import('./HeadwindsChart')),
  'the-bet': dynamic(() => import('./TheBetChart')),
  'the-launch': dynamic(() => import('./TheLaunchChart')),
  profitability: dynamic(() => import('./ProfitabilityChart')),
  'years-to-profit': dynamic(() => import('./YearsToProfitChart')),
};
