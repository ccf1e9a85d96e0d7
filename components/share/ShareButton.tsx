'use client';
/**
 * "Share": opens the system share sheet where there is one, else copies the link and says so,
 * visibly and to screen readers (a status region that exists before it speaks). The link is
 * built from the page's own address at run time, so it is right wherever the site is hosted.
 * Hidden (but holding its place, so nothing shifts) until JavaScript has made it work.
 */
import { useEffect, useRef, useState } from 'react';
import { linkTo, shareOrCopy } from './share';

type Shown = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

export function ShareButton({ label, hint, hash, title, text, className = 'inline-flex' }: {
  /** The visible words on the button. */
  label: string;
  /** Words only screen readers hear after the label ("this step"), when the label alone is vague. */
  hint?: string;
  /** The step id: the link then opens the chapter at that step. */
  hash?: string;
  /** Title handed to the share sheet; the page's title when absent. */
  title?: string;
  text?: string;
  /** How the control sits where it is placed: inline by default; a step card puts it at its end. */
  className?: string;
}) {
  const [ready, setReady] = useState(false);
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (shown.kind === 'manual') field.current?.select();
    if (shown.kind !== 'copied') return;
    const t = setTimeout(() => setShown({ kind: 'idle' }), 6000);
    return () => clearTimeout(t);
  }, [shown]);

  async function share() {
    const url = linkTo(window.location, hash);
    const outcome = await shareOrCopy({ url, title: title ?? document.title, text }, navigator);
    setShown(outcome === 'copied' ? { kind: 'copied' } : outcome === 'manual' ? { kind: 'manual', url } : { kind: 'idle' });
  }

  return (
    // Until hydrated the button cannot work: it keeps its space (no layout shift) but is hidden from
    // eyes, focus and screen readers (not-data-ready:invisible).
    <span
      className={`share ${className} flex-wrap items-center gap-y-2 font-sans text-small leading-[1.3] not-data-ready:invisible`}
      data-share={hash ?? ''}
      data-ready={ready ? '' : undefined}
    >
      <button
        type="button"
        className="inline-flex min-h-11 min-w-11 cursor-pointer items-center gap-1.5 rounded-full border border-rule bg-raised px-3.5 py-1 font-semibold text-ink hover:border-accent hover:text-link"
        onClick={share}
      >
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M10 2.5v10M6 6.5l4-4 4 4M4 10v6.5h12V10" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {label}
        {hint && <span className="sr-only"> {hint}</span>}
      </button>
      {/* Always in the page, so screen readers hear it when it fills; it takes no room while empty. */}
      <span role="status" className="font-semibold text-ink not-empty:ms-2.5">
        {shown.kind === 'copied' ? 'Link copied' : shown.kind === 'manual' ? 'Copy the link from the field' : ''}
      </span>
      {shown.kind === 'manual' && (
        <label className="basis-full">
          <span className="sr-only">Link</span>
          <input className="w-full rounded border border-rule bg-raised px-2 py-1 text-ink" ref={field} readOnly value={shown.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}
