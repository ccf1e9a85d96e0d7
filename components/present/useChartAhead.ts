'use client';
/**
 * The chart of a chapter's first step, drawn ahead (hidden) while the chapter's title slide is up,
 * so the key press that reaches the first step only reveals it (SlideView `upcoming`). Mounting and
 * laying out a chart is the costliest thing a press can ask for: measured under 4x CPU throttling,
 * title → first step took 88–235 ms with the mount and 35–67 ms without. The hidden chart is
 * started only after the title slide has painted, in a transition a key press interrupts, so the
 * press that brings up the title is not the one that pays for it instead.
 */
import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from './after-paint';
import type { DeckChart, SlideMeta } from './types';

export function useChartAhead(slides: SlideMeta[], index: number, charts: Record<string, DeckChart>) {
  const slide = slides[index];
  const after = slides[index + 1];
  const scrolly = slide.kind === 'title' && after?.kind === 'step' ? after.scrolly : undefined;
  const [ready, setReady] = useState<string | null>(null);

  useEffect(() => {
    if (!scrolly) return;
    return afterPaint(() => startTransition(() => setReady(slide.key)));
  }, [scrolly, slide.key]);

  // The step id of the scrolly's first step: the state the hidden chart is drawn in.
  return scrolly && ready === slide.key ? { chart: charts[scrolly], scrolly, step: after.key } : undefined;
}
