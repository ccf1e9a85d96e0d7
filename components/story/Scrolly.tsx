/**
 * <Scrolly chart="name"> in MDX: a sticky chart beside (on phones, behind) a column of <Step>s.
 * Server component: resolves the chart's data from the registry and reads the step ids from its
 * children, then hands both to the client half. The first state is rendered into the HTML.
 */
import { Children, isValidElement, type ReactNode } from 'react';
import { chartData } from '@/lib/charts/resolve';
import { ChartDataTable } from './ChartDataTable';
import { ScrollyClient } from './ScrollyClient';

export function stepIdsOf(children: ReactNode): string[] {
  return Children.toArray(children)
    .filter(isValidElement)
    .map((c) => (c.props as { id?: string }).id)
    .filter((id): id is string => typeof id === 'string');
}

export function Scrolly({ chart, children }: { chart: string; children: ReactNode }) {
  const { name, title, data, copy, locale } = chartData(chart);
  const stepIds = stepIdsOf(children);
  return (
    <ScrollyClient chart={name} data={data} copy={copy} locale={locale} stepIds={stepIds} after={<ChartDataTable chart={name} title={title} data={data} />}>
      {children}
    </ScrollyClient>
  );
}
