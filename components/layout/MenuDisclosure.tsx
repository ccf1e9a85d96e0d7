'use client';
/**
 * A <details> menu with what readers expect of a menu on top of what <details> gives for free
 * (keyboard, no-JS): Escape closes it and returns focus to its button; a click elsewhere or
 * tabbing out of it closes it too.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function MenuDisclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  // data-ready: hydrated, so Escape, outside clicks and the inert page behind it work (tests wait for it).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  useEffect(() => {
    if (!open) return;
    const main = document.getElementById('main');
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      summary.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      // Outside the menu, or on its backdrop (the <details> element's own ::before), closes it.
      if (!details.current?.contains(e.target as Node) || e.target === details.current) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    // The open menu lies over the page (dimmed behind it): the page is out of reach meanwhile, so no
    // half-covered link under the panel can be hit by mistake or reached by a screen reader.
    main?.setAttribute('inert', '');
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      main?.removeAttribute('inert');
    };
  }, [open]);

  return (
    <details
      ref={details}
      className="chapter-menu"
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
      <summary ref={summary}>{label}</summary>
      {children}
    </details>
  );
}
