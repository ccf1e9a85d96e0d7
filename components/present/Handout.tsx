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

export function Handout({ content, notes }: { content: DeckContent; notes?: Pick<SpeakerContent, 'notes'> }) {
  const w = content.words;
  const title = fill(w[notes ? 'handout.titleWithNotes' : 'handout.title'], { story: content.storyTitle });
  return (
    <section className="handout" aria-labelledby="handout-title" data-notes={notes ? 'with' : 'without'}>
      <PrintBar title={title} withNotes={!!notes} locale={content.locale} words={w} />
      {content.slides.map((slide, i) => (
        <article key={slide.key} className="handout-page" data-slide={slide.key}>
          <div className="slide-box">
            <SlideView slide={slide} storyTitle={content.storyTitle} words={w} body={content.bodies[i]} chart={slide.scrolly ? content.charts[slide.scrolly] : undefined} />
          </div>
          <p className="handout-number">{`${i + 1} / ${content.slides.length}`}</p>
          {notes?.notes[i] && (
            <div className="handout-notes">
              <h3 className="sr-only">{w['handout.notes']}</h3>
              {notes.notes[i]}
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
