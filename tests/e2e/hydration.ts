/**
 * Every part of a page that hydrates marks itself ready; none is left unmarked once React is done.
 * Shared by the Playwright fixture and the cross-engine suite (tests/engines), which wait for the
 * same state before a reader's first scroll or key press.
 */
export const NOT_READY = [
  '.scrolly:not([data-ready])', '.share:not([data-ready])', '.chapter-menu:not([data-ready])',
  '.deck-root:not([data-ready])', '.speaker-root:not([data-ready])', '.fact-table:not([data-hydrated])',
].join(', ');
