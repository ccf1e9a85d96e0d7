'use client';
/**
 * The bet: one chart with two views the steps move between, a vertical timeline (TimelineView)
 * and money bars in RMB (MoneyView). Both are always drawn, the one not shown at opacity 0, so a
 * step change crossfades them. What each step shows is the row of its step id in
 * content/charts/the-bet.ts (states); every word comes in as `copy`.
 */
import { fill } from '@/lib/charts/copy';
import { stateAt } from '@/lib/charts/states';
import { theBetStates as STATES, type BetCopy, type BetState } from '@/content/charts/the-bet';
import { ChartFrame } from '../ChartFrame';
import type { ChartLocale, ChartProps } from '../types';
import { betFigures, descriptionValues, type TheBetData } from './figures';
import { MoneyView } from './MoneyView';
import { TimelineView } from './TimelineView';

export type { TheBetData };
const ALL: readonly BetState[] = Object.values(STATES);

export function describe(data: TheBetData, step: string, copy: BetCopy, locale: ChartLocale = 'en'): string {
  stateAt('the-bet', STATES, step);
  return fill(copy.descriptions[step as keyof typeof STATES], descriptionValues(betFigures(data), locale));
}

export default function TheBetChart({ data, step, progress, copy, locale }: ChartProps<TheBetData, BetCopy>) {
  const { state, previous, index } = stateAt('the-bet', STATES, step);
  const f = betFigures(data);
  const timelineOn = state.view === 'timeline';
  return (
    <ChartFrame title={fill(copy.drawingTitle, { first: f.firstYear, last: f.lastYear - 1 })} description={describe(data, step, copy, locale)}>
      <TimelineView f={f} copy={copy.timeline} locale={locale} state={state.timeline} shown={timelineOn} />
      <MoneyView f={f} copy={copy.money} locale={locale} state={state.money} previous={previous?.money} index={index} all={ALL}
        stepId={step} progress={progress} shown={!timelineOn} />
    </ChartFrame>
  );
}
