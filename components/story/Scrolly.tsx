/**
 * <Scrolly chart="name"> in MDX: a sticky chart beside (on phones, behind) a column of <Step>s.
 * Server component: resolves the chart's data from the registry and hands it, with the step ids,
 * to the client half. The first state is rendered into the HTML.
 *
 * `stepIds` is not written in the chapter: MDX's compiler adds it from the syntax tree
 * (lib/chapter-model/remark-scrolly-step-ids.mjs, by the chapter model's own rule), so the ids
 * are the ones the content gate checked and nothing here walks the children.
 *
 * `locale`: the chart's copy and data table in that edition (copy not yet written falls back to
 * English in chartData); the chart component gets the locale to print its numbers.
 */
import type { Locale } from '@/lib/i18n/locale';
import type { ReactNode } from 'react';
import { chartData } from '@/lib/charts/resolve';
import { ChartDataTable } from './ChartDataTable';
import { ScrollyClient } from './ScrollyClient';

export function Scrolly({ chart, stepIds, children, locale = 'en' }: { chart: string; stepIds?: string[]; children: ReactNode; locale?: Locale }) {
  if (!stepIds) throw new Error(`<Scrolly chart="${chart}">: no stepIds (is remark-scrolly-step-ids in next.config.mjs's MDX plugins?)`);
  const { name, title, data, copy } = chartData(chart, locale);
  return (
    <ScrollyClient chart={name} data={data} copy={copy} locale={locale} stepIds={stepIds} after={<ChartDataTable chart={name} title={title} data={data} locale={locale} />}>
      {children}
    </ScrollyClient>
  );
}
