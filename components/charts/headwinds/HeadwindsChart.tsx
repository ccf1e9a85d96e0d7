'use client';
/**
 * What came after the first profit. One quarterly view (deliveries above, segment result below)
 * carried as far as sourced figures reach, and three side views the steps move to. What each
 * step shows is declared in content/charts/headwinds.ts (states); its words come in as `copy`.
 * Derived points are drawn light with a dashed outline, points from a single weaker source hollow
 * with a dotted outline, so the reader sees at a glance how firm each figure is.
 */
import { stateAt } from '@/lib/charts/states';
import { headwindsStates as STATES, type HeadwindsCopy } from '@/content/charts/headwinds';
import { ChartFrame } from '../ChartFrame';
import { grow } from '../marks';
import type { ChartProps } from '../types';
import { describe, figures, type HeadwindsData } from './figures';
import { QuarterlyView } from './QuarterlyView';
import { ShareView, TaxView, TargetsView } from './SideViews';

export type { HeadwindsData } from './figures';
export { describe } from './figures';

export default function HeadwindsChart({ data, step, progress, copy, locale }: ChartProps<HeadwindsData, HeadwindsCopy>) {
  const { state, previous } = stateAt('headwinds', STATES, step);
  const f = figures(data);
  return (
    <ChartFrame title={copy.drawingTitle} description={describe(data, step, copy, locale)}>
      <QuarterlyView f={f} state={state} before={previous?.quarters ?? state.quarters} g={grow(progress)} copy={copy.quarters} locale={locale} />
      <ShareView f={f} on={state.view === 'share'} copy={copy.share} locale={locale} />
      <TaxView f={f} on={state.view === 'tax'} copy={copy.tax} locale={locale} />
      <TargetsView f={f} on={state.view === 'targets'} copy={copy.targets} locale={locale} />
    </ChartFrame>
  );
}
