/**
 * The deck's position and modes as one small reducer (the model is Spectacle's use-deck-state):
 * every key, click, swipe, URL change and message from the other window becomes an action, so
 * the rules live here, pure and unit-tested, and the controllers stay thin.
 */
export interface DeckState {
  /** The slide on screen, 0-based. */
  index: number;
  count: number;
  /** The audience screen is black (clickers' B or . key). */
  blackout: boolean;
  /** The grid of all slides is open; `cursor` is the slide selected in it. */
  overview: boolean;
  cursor: number;
  /** The key map is shown. */
  help: boolean;
  /** Digits typed so far for "a number then Enter". */
  goto: string;
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; index: number }
  | { type: 'digit'; digit: string }
  | { type: 'enter' }
  | { type: 'clearGoto' }
  | { type: 'blackout' }
  | { type: 'overview' }
  | { type: 'move'; by: number }
  | { type: 'pick'; index?: number }
  | { type: 'help' }
  | { type: 'escape' }
  /** A dialog was closed by the browser (a close request, such as Android's back gesture): both overlays are shut. */
  | { type: 'dismiss' }
  /** The other window moved: adopt its slide and blackout, leave this window's overlays alone. */
  | { type: 'remote'; index: number; blackout: boolean };

/** The longest slide number anyone types; more digits are ignored rather than wrapped. */
const MAX_DIGITS = 4;

export function initialDeckState(count: number, index = 0): DeckState {
  return { index: clamp(index, count), count, blackout: false, overview: false, cursor: 0, help: false, goto: '' };
}

export function clamp(index: number, count: number): number {
  if (!Number.isFinite(index) || count <= 0) return 0;
  return Math.min(Math.max(0, Math.trunc(index)), count - 1);
}

/** Moving to a slide closes every overlay and clears a half-typed number. */
function goTo(s: DeckState, index: number): DeckState {
  return { ...s, index: clamp(index, s.count), overview: false, help: false, goto: '', blackout: false };
}

/**
 * Relative moves (next, previous, first, last) while the screen is black only lift the blackout:
 * a presenter pressing keys at a black screen must never change slides unseen.
 */
function step(s: DeckState, target: number): DeckState {
  if (s.overview) return { ...s, cursor: clamp(target - s.index + s.cursor, s.count) };
  if (s.blackout) return { ...s, blackout: false, help: false, goto: '' };
  return goTo(s, target);
}

export function deckReducer(s: DeckState, a: DeckAction): DeckState {
  switch (a.type) {
    case 'next':
      return step(s, s.index + 1);
    case 'prev':
      return step(s, s.index - 1);
    case 'first':
      return s.overview ? { ...s, cursor: 0 } : step(s, 0);
    case 'last':
      return s.overview ? { ...s, cursor: s.count - 1 } : step(s, s.count - 1);
    case 'go':
      return goTo(s, a.index);
    case 'digit':
      if (s.overview || !/^[0-9]$/.test(a.digit) || s.goto.length >= MAX_DIGITS) return s;
      return { ...s, goto: s.goto + a.digit };
    case 'enter':
      if (s.overview) return goTo(s, s.cursor);
      // Slide numbers on screen are 1-based; "0" means the first slide, too large means the last.
      if (s.goto) return goTo(s, Number(s.goto) - 1);
      return s;
    case 'clearGoto':
      return s.goto ? { ...s, goto: '' } : s;
    case 'blackout':
      return { ...s, blackout: !s.blackout, goto: '' };
    case 'overview':
      return s.overview ? { ...s, overview: false } : { ...s, overview: true, cursor: s.index, help: false, goto: '' };
    case 'move':
      return s.overview ? { ...s, cursor: clamp(s.cursor + a.by, s.count) } : s;
    case 'pick':
      return goTo(s, a.index ?? s.cursor);
    case 'help':
      return { ...s, help: !s.help, overview: false, goto: '' };
    case 'escape':
      if (s.help) return { ...s, help: false };
      if (s.goto) return { ...s, goto: '' };
      return deckReducer(s, { type: 'overview' });
    case 'dismiss':
      return s.overview || s.help ? { ...s, overview: false, help: false } : s;
    case 'remote': {
      const index = clamp(a.index, s.count);
      return index === s.index && a.blackout === s.blackout ? s : { ...s, index, blackout: a.blackout };
    }
  }
}
