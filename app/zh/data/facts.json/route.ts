/** /zh/data/facts.json: the whole registry with its words in Chinese; keys and figures as in /data/facts.json (written at build). */
import { factsJsonFile } from '@/lib/data-room/site';

export const dynamic = 'force-static';

export function GET() {
  return new Response(factsJsonFile('zh'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
