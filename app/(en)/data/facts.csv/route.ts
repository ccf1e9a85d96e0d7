/** /data/facts.csv: every figure in the registry with its sources, one row each (written at build). */
import { factsCsvFile } from '@/lib/data-room/site';

export const dynamic = 'force-static';

export function GET() {
  return new Response(factsCsvFile(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
