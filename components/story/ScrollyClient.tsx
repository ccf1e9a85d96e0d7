'use client';
/**
 * The hydrated half of a scrolly: watches the steps and draws the chart in the active step's state.
 * Phones and portrait tablets: the chart is pinned under the header with an opaque background and
 * the steps scroll in the part of the screen below it, passing under the chart, never over it, so
 * the text being read and the whole chart are on screen together. `wide:` screens (and landscape
 * phones; the variant is in story.css): the chart is sticky beside the column of steps. Sizes use
 * svh (the viewport with the address bar shown), so the bar showing or hiding changes neither the
 * pinned chart (--chart-h, app/tokens.css) nor the steps' spacing.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CHARTS } from '@/components/charts';
import type { ChartName } from '@/lib/charts/specs';
import type { ChartCopy, ChartData, ChartLocale } from '@/lib/charts/types';
import { useActiveStep } from './useActiveStep';

export function ScrollyClient({ chart, data, copy, locale, stepIds, children, after }: {
  chart: ChartName;
  data: ChartData;
  copy: ChartCopy;
  locale: ChartLocale;
  stepIds: string[];
  children: ReactNode;
  /** Server-rendered extras under the graphic (data table, download link). */
  after?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { index, progress } = useActiveStep(ref);
  // data-ready: the engine is listening (the chart follows the reader from here on; tests wait for it).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const Chart = CHARTS[chart];
  return (
    <div ref={ref} className="scrolly my-8" data-chart={chart} data-ready={ready || undefined}>
      {/* The sticky chart is held inside the body, so it lets go before the data table below. */}
      <div className="scrolly-body relative wide:mx-auto wide:grid wide:max-w-[78rem] wide:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] wide:gap-x-8 wide:px-6">
        <div
          className="scrolly-graphic sticky top-(--header-h) z-2 flex h-(--chart-h) justify-center border-b border-b-rule bg-bg wide:z-0 wide:col-2 wide:row-1 wide:h-[calc(100svh-var(--header-h))] wide:items-center wide:self-start wide:border-b-0 wide:bg-transparent"
          data-active-step={stepIds[index]}
        >
          <figure className="scrolly-figure h-full w-full px-1 wide:h-auto wide:max-h-full wide:max-w-[40rem] wide:p-2">
            <Chart data={data} copy={copy} locale={locale} step={stepIds[index]} progress={progress} />
          </figure>
        </div>
        <div className="scrolly-steps relative z-1 wide:col-1 wide:row-1">{children}</div>
      </div>
      {after}
    </div>
  );
}
