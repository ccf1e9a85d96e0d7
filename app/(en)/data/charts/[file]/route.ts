/** /data/charts/<chart>.csv: exactly the data one chart draws (one file per chart, written at build). */
import { notFound } from 'next/navigation';
import { chartCsvFile, chartNames } from '@/lib/data-room/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return chartNames().map((name) => ({ file: `${name}.csv` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const chart = file.replace(/\.csv$/, '');
  if (!chartNames().includes(chart as never)) notFound();
  return new Response(chartCsvFile(chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
