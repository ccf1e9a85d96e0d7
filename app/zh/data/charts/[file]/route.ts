/**
 * /zh/data/charts/<chart>.csv: the data one chart draws, with Chinese headers and words and the
 * English file's values. UTF-8 with a byte-order mark (lib/data-room/csv.ts) so Excel opens the
 * Chinese correctly instead of guessing a legacy code page.
 */
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
  return new Response(chartCsvFile(chart, 'zh'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
