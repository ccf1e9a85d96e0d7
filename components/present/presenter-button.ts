/**
 * The look of the presenter's own buttons (the speaker view's, the key map's Close, the print
 * bar's), and of the links among them that act as buttons: a 44 px target on the raised colour.
 */
export const PRESENTER_BUTTON = 'inline-flex min-h-[44px] cursor-pointer items-center rounded-[6px] border border-rule bg-raised px-4 py-[0.4rem] text-ink no-underline';

/** The same, where pointing at it outlines it (the key map's Close keeps its border). */
export const PRESENTER_BUTTON_HOVER = `${PRESENTER_BUTTON} hover:border-ink`;
