/** /data/facts.json: the whole registry (figures, sources, series, charts) as JSON (written at build). */
import { factsJsonFile } from '@/lib/data-room/site';

export const dynamic = 'force-static';

export function GET() {
  return new Response(factsJsonFile(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
