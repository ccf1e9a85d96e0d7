/** The sources list that closes a chapter: every source behind every figure the chapter prints. */
import type { Locale } from '@/lib/i18n/locale';
import { getFact, getSeries, getSource } from '@/lib/registry';
import { formatDate } from '@/lib/registry/format';
import type { ChapterInfo } from '@/lib/chapters';
import { chartSpec } from '@/lib/charts/specs';

export function chapterFactIds(chapter: ChapterInfo): string[] {
  const ids = new Set(chapter.facts.map((f) => f.id));
  ids.add(chapter.frontmatter.headlineFact);
  for (const s of chapter.scrollies)
    for (const source of Object.values(chartSpec(s.chart).series))
      for (const id of typeof source === 'string' ? getSeries(source).points.map((p) => p.factId) : source) ids.add(id);
  return [...ids];
}

export function ChapterSources({ chapter, locale = 'en' }: { chapter: ChapterInfo; locale?: Locale }) {
  const sourceIds = new Set(chapterFactIds(chapter).flatMap((id) => {
    const f = getFact(id);
    const alt = f.status.kind === 'differ' ? f.status.alternatives.flatMap((a) => a.sources) : [];
    return [...f.sources, ...alt].map((c) => c.source);
  }));
  const sources = [...sourceIds].map(getSource).sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section className="chapter-sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <p>Every figure in this chapter links to its row in the <a href="/data">data room</a>, with the words each source uses.</p>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            {s.url ? <a href={s.url} rel="noopener noreferrer">{s.title}</a> : <cite>{s.title}</cite>}
            {`, ${s.publisher}, ${formatDate(s.date)}.`}
          </li>
        ))}
      </ul>
    </section>
  );
}
