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
 * A modal dialog is drawn in the top layer, laid out against the viewport: on the stage it takes
 * the stage's box (dialog.css), and what it holds is laid out in it as it was on the stage.
 */
import { useEffectEvent, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

export function DeckDialog({ label, labelledBy, onDismiss, returnFocus, children }: {
  label?: string;
  labelledBy?: string;
  onDismiss(): void;
  returnFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const dismiss = useEffectEvent(onDismiss);

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
    if (!dialog.open) dialog.showModal();
    return () => {
      // Our own close() is no close request: stop listening first.
      dialog.removeEventListener('cancel', cancel);
      dialog.removeEventListener('close', closed);
      dialog.close();
      // Opened with nothing focused, the browser has nowhere to give focus back to: it stays on
      // the closed dialog's control (soon on nothing), and returnFocus takes it instead.
      const to = returnFocus?.current;
      const left = document.activeElement;
      if (to && (!left || left === document.body || dialog.contains(left))) to.focus({ preventScroll: true });
    };
  }, [returnFocus]);

  return (
    <dialog ref={ref} aria-label={label} aria-labelledby={labelledBy}
      className="deck-dialog fixed inset-0 m-auto size-full max-w-none max-h-none overflow-visible border-0 p-0 bg-transparent text-inherit">
      {children}
    </dialog>
  );
}
