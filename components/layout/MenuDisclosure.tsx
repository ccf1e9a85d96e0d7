'use client';
/**
 * A <details> menu with what readers expect of a menu on top of what <details> gives for free
 * (keyboard, no-JS): Escape closes it and returns focus to its button; a click elsewhere or
 * tabbing out of it closes it too.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * At the header's right edge. After the language switch, which takes the free space before it, no
 * second auto margin (that would split the space). Open, its ::before dims and covers the page below
 * the header: nothing underneath stays half-reachable beside the panel (a half-covered link is a
 * target too small to hit), and a tap there closes it.
 */
const DETAILS = 'chapter-menu group relative ms-auto shrink-0 [.language-switch+&]:ms-0 open:before:fixed open:before:inset-x-0 open:before:top-header open:before:bottom-0 open:before:z-39 open:before:bg-[color-mix(in_srgb,var(--bg)_70%,transparent)]';
/** A pill with a chevron (::after) that turns over when open; the browser's own marker hidden. */
const SUMMARY = 'inline-flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-[999px] border border-rule bg-raised px-3.5 py-1 font-semibold text-ink [&::-webkit-details-marker]:hidden after:h-[0.45em] after:w-[0.45em] after:border-r-2 after:border-b-2 after:[transform:translateY(-0.12em)_rotate(45deg)] after:[transition:transform_150ms_ease] group-open:after:[transform:translateY(0.12em)_rotate(-135deg)]';

export function MenuDisclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  // data-ready: hydrated, so Escape, outside clicks and the inert page behind it work (tests wait for it).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  // Escape reads the element, not the state, and listens from hydration on: the element opens at
  // once, but its toggle event (and so the state) comes a task later, and an Escape pressed in
  // between must close it too.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = details.current;
      if (e.key !== 'Escape' || !el?.open) return;
      el.open = false;
      setOpen(false);
      summary.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!open) return;
    const main = document.getElementById('main');
    const onPointer = (e: PointerEvent) => {
      // Outside the menu, or on its backdrop (the <details> element's own ::before), closes it.
      if (!details.current?.contains(e.target as Node) || e.target === details.current) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    // The open menu lies over the page (dimmed behind it): the page is out of reach meanwhile, so no
    // half-covered link under the panel can be hit by mistake or reached by a screen reader.
    main?.setAttribute('inert', '');
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      main?.removeAttribute('inert');
    };
  }, [open]);

  return (
    <details
      ref={details}
      className={DETAILS}
      data-ready={ready || undefined}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        // Tabbing past either end of the open menu closes it. Read from the element, not from state,
        // so it holds however fast the keys come; the page is made reachable again before the
        // browser moves focus, so Tab from the last chapter lands in the page.
        const el = e.currentTarget;
        if (e.key !== 'Tab' || !el.open) return;
        const items = el.querySelectorAll<HTMLElement>('summary, a[href]');
        const leaving = e.shiftKey ? document.activeElement === items[0] : document.activeElement === items[items.length - 1];
        if (!leaving) return;
        document.getElementById('main')?.removeAttribute('inert');
        el.open = false;
        setOpen(false);
      }}
      onBlur={(e) => {
        // Only when focus moved somewhere else on the page: Safari gives no relatedTarget when a
        // click lands on a link, and closing then would swallow that click.
        if (open && e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as Node)) setOpen(false);
      }}
    >
      <summary ref={summary} className={SUMMARY}>{label}</summary>
      {children}
    </details>
  );
}
