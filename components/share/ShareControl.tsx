'use client';
/**
 * "Share": opens the system share sheet where there is one, else copies the link and says so,
 * visibly and to screen readers (a status region that exists before it speaks). The link is
 * built from the page's own address at run time, so it is right wherever the site is hosted.
 * Hidden (but holding its place, so nothing shifts) until JavaScript has made it work.
 * The client half of ShareButton, which hands it the edition's words as plain strings.
 */
import { useEffect, useRef, useState } from 'react';
import { linkTo, shareOrCopy } from './share';
import './share.css';

type Shown = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** The words of the control's states, in the page's edition. */
export interface ShareWords { copied: string; manual: string; linkLabel: string }

export function ShareControl({ label, hint, hash, title, text, words }: {
  words: ShareWords;
  /** The visible words on the button. */
  label: string;
  /** Words only screen readers hear after the label ("this step"), when the label alone is vague. */
  hint?: string;
  /** The step id: the link then opens the chapter at that step. */
  hash?: string;
  /** Title handed to the share sheet; the page's title when absent. */
  title?: string;
  text?: string;
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
    <span className="share" data-share={hash ?? ''} data-ready={ready ? '' : undefined}>
      <button type="button" className="share-button" onClick={share}>
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M10 2.5v10M6 6.5l4-4 4 4M4 10v6.5h12V10" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {label}
        {hint && <span className="sr-only"> {hint}</span>}
      </button>
      <span role="status" className="share-status">
        {shown.kind === 'copied' ? words.copied : shown.kind === 'manual' ? words.manual : ''}
      </span>
      {shown.kind === 'manual' && (
        <label className="share-manual">
          <span className="sr-only">{words.linkLabel}</span>
          <input ref={field} readOnly value={shown.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}
