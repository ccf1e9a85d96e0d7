/** Reading a chapter step by step, inside the page (sent as source text, so self-contained). */

export interface Walk {
  ids: string[];
  /** Every value data-active-step took, in order, going down and then coming back up. */
  down: string[];
  up: string[];
  /** The first step that did not become active when its middle sat on the trigger line. */
  stuck: string | null;
}

/**
 * For each scrolly: starts above it, then puts each step's middle on the trigger line in turn, down
 * to the last and back up to the first, waiting each time until that step is the active one. A
 * MutationObserver records every value data-active-step takes meanwhile, so a skipped step or one
 * shown out of order shows up in the sequence.
 */
export async function walkScrollies(triggerRatio: number): Promise<Walk[]> {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const out: Walk[] = [];
  for (const scrolly of Array.from(document.querySelectorAll('.scrolly'))) {
    const graphic = scrolly.querySelector('.scrolly-graphic')!;
    const steps = Array.from(scrolly.querySelectorAll('[data-step]'));
    const ids = steps.map((s) => s.id);
    const active = () => graphic.getAttribute('data-active-step') ?? '';
    let seen: string[] = [];
    const note = () => {
      if (seen[seen.length - 1] !== active()) seen.push(active());
    };
    const observer = new MutationObserver(note);
    observer.observe(graphic, { attributes: true, attributeFilter: ['data-active-step'] });
    let stuck: string | null = null;
    const until = async (id: string) => {
      for (const t0 = performance.now(); active() !== id && performance.now() - t0 < 10_000;) await frame();
      if (active() !== id) stuck ??= `${id} (active: ${active()})`;
    };
    const visit = async (step: Element) => {
      const b = step.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + b.top + b.height / 2 - window.innerHeight * triggerRatio);
      await until(step.id);
    };
    // Above the scrolly, before any step reaches the trigger line, the first step is the one shown.
    window.scrollTo(0, Math.max(0, window.scrollY + scrolly.getBoundingClientRect().top - window.innerHeight));
    await until(ids[0]);
    seen = [];
    note();
    for (const s of steps) await visit(s);
    const down = seen;
    seen = [];
    note();
    for (const s of [...steps].reverse().slice(1)) await visit(s);
    observer.disconnect();
    out.push({ ids, down, up: seen, stuck });
  }
  return out;
}
