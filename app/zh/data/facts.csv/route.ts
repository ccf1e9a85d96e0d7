/**
 * /zh/data/facts.csv: every figure with Chinese column headers and words, the same values (base
 * units) as /data/facts.csv, written at build. Like every CSV here it starts with a UTF-8 byte-order
 * mark (lib/data-room/csv.ts): without it Excel reads a CSV in the system's legacy code page and
 * shows the Chinese as mojibake.
 */
import { factsCsvFile } from '@/lib/data-room/site';

export const dynamic = 'force-static';

export function GET() {
  return new Response(factsCsvFile('zh'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
