'use client';
/** The hydrated half of a scrolly: watches the steps and draws the chart in the active step's state. */
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
    <div ref={ref} className="scrolly" data-chart={chart} data-ready={ready || undefined}>
      {/* The sticky chart is held inside the body, so it lets go before the data table below. */}
      <div className="scrolly-body">
        <div className="scrolly-graphic" data-active-step={stepIds[index]}>
          <figure className="scrolly-figure">
            <Chart data={data} copy={copy} locale={locale} step={stepIds[index]} progress={progress} />
          </figure>
        </div>
        <div className="scrolly-steps">{children}</div>
      </div>
      {after}
    </div>
  );
}
