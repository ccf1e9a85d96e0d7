'use client';
/**
 * The presenter's dialogs (the overview, the key map) as modal <dialog>s. Mounting one opens it
 * with showModal(), so the platform does what a hand-built overlay has to: focus moves in, Tab
 * never reaches the page behind (past the last control it goes to the dialog itself or the
 * browser's own UI), the rest of the page is inert, Escape is a close request. Unmounting closes it,
 * and the browser gives focus back to what had it before (`returnFocus` when that was nothing).
 *
 * React's state stays the one truth: the deck's key controller handles Escape itself (and so
 * cancels the browser's close request), and a close request it did not see (Android's back
 * gesture) is kept from closing the dialog behind React's back and reported as `onDismiss`.
 *
 * A modal dialog is drawn in the top layer, laid out against the viewport, not against the stage it
 * sits in. `onStage`, it takes the stage's own box (the sizes .deck-stage has in deck.css), so what
 * it holds is placed over the slide exactly as on the stage; elsewhere it fills the window. The
 * slide stays in view, undimmed, under the key map (the overview covers it anyway).
 */
import { useEffect, useEffectEvent, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

/** The stage's box: 16:9 letterboxed in the window, the whole screen on a phone held upright. */
const STAGE_BOX = 'h-auto w-[min(100vw,100dvh*16/9)] aspect-video phone-upright:h-dvh phone-upright:w-screen phone-upright:aspect-auto';

export function DeckDialog({ label, labelledBy, onStage, onDismiss, returnFocus, children }: {
  label?: string;
  onStage?: boolean;
  labelledBy?: string;
  onDismiss(): void;
  returnFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const dismiss = useEffectEvent(onDismiss);
  // What had focus when the dialog opened: focus goes back there when it closes.
  const opener = useRef<Element | null>(null);

  // A layout effect, so the dialog is open (and focus inside it) before the frame is painted.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const cancel = (e: Event) => {
      e.preventDefault();
      dismiss();
    };
    // A close request that could not be cancelled (no user activation) closes the dialog anyway.
    const closed = () => dismiss();
    dialog.addEventListener('cancel', cancel);
    dialog.addEventListener('close', closed);
    if (!dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    return () => {
      // Our own close() is no close request: stop listening first.
      dialog.removeEventListener('cancel', cancel);
      dialog.removeEventListener('close', closed);
    };
  }, []);

  // Closed in a passive effect's cleanup, which runs after what the dialog holds has unmounted:
  // motion measures the overview's thumbnail as it unmounts, so the slide can grow back out of it,
  // and a closed dialog is not rendered (a layout cleanup here ran first and left it nothing to
  // measure). The node has left the document by then, and with it the top layer.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    return () => {
      dialog.close();
      // A dialog closed after leaving the document gives focus back to nothing: return it to what
      // opened the dialog, or (opened with nothing focused) to returnFocus.
      const now = document.activeElement;
      if (now && now !== document.body && now.isConnected && !dialog.contains(now)) return;
      const back = opener.current;
      const target = back instanceof HTMLElement && back.isConnected && back !== document.body ? back : returnFocus?.current;
      target?.focus({ preventScroll: true });
    };
  }, [returnFocus]);

  return (
    <dialog ref={ref} aria-label={label} aria-labelledby={labelledBy}
      className={`deck-dialog fixed inset-0 m-auto max-h-none max-w-none overflow-visible border-0 bg-transparent p-0 text-inherit backdrop:bg-transparent ${onStage ? STAGE_BOX : 'size-full'}`}>
      {children}
    </dialog>
  );
}
