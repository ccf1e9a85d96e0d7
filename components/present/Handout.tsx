/**
 * The handout: every slide on its own landscape page, charts in their step states, and with
 * `notes` the speaker's notes under each slide. Rendered on the server into the deck's and the
 * speaker view's HTML; print styles show it in place of the live view, and so does ?print on
 * screen, page for page as it will print.
 */
import { fill } from '@/lib/i18n/words';
import { SlideView } from './SlideView';
import { PrintBar } from './PrintBar';
import type { DeckContent, SpeakerContent } from './types';

/**
 * A page: A4 landscape on paper (its own named page, handout.css), the same shape on screen, white
 * whatever the theme. On paper each slide takes a page of its own.
 */
const PAGE = [
  'mx-auto mb-6 flex aspect-[297/210] w-[min(100%,297mm)] flex-col gap-[3mm] overflow-hidden bg-white p-[10mm] text-[#1b1b1f] [page:handout]',
  'print:m-0 print:h-[210mm] print:w-[297mm] print:aspect-auto print:break-after-page print:break-inside-avoid print:last:break-after-auto',
].join(' ');

export function Handout({ content, notes }: { content: DeckContent; notes?: Pick<SpeakerContent, 'notes'> }) {
  const w = content.words;
  const title = fill(w[notes ? 'handout.titleWithNotes' : 'handout.title'], { story: content.storyTitle });
  return (
    <section className="handout hidden in-data-[view=print]:block in-data-[view=print]:px-4 in-data-[view=print]:pb-8 print:block! print:p-0!" aria-labelledby="handout-title" data-notes={notes ? 'with' : 'without'}>
      <PrintBar title={title} withNotes={!!notes} locale={content.locale} words={w} />
      {content.slides.map((slide, i) => (
        <article key={slide.key} className={`handout-page ${PAGE}`} data-slide={slide.key}>
          <div className="slide-box">
            <SlideView slide={slide} storyTitle={content.storyTitle} words={w} body={content.bodies[i]} chart={slide.scrolly ? content.charts[slide.scrolly] : undefined} />
          </div>
          <p className="handout-number text-[9pt] text-[#44444c]">{`${i + 1} / ${content.slides.length}`}</p>
          {notes?.notes[i] && (
            <div className="handout-notes text-[11pt] leading-[1.45] [&_p]:mb-[0.5em]">
              <h3 className="sr-only">{w['handout.notes']}</h3>
              {notes.notes[i]}
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
