/**
 * The key map, as a pure function from a key press to what it means (the model is reveal.js's
 * keyboard controller). Clickers send PageDown/PageUp for next/previous and B or . for blackout;
 * the browser's own shortcuts (anything with Ctrl, Cmd or Alt) are never taken.
 */
import type { DeckAction } from './deck-state';

export type Command = { type: 'fullscreen' } | { type: 'speaker' };
export type Intent = DeckAction | Command;

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export interface KeyContext {
  /** The audience deck has the overview and opens the speaker view; the speaker view has neither. */
  role: 'deck' | 'speaker';
  overview: boolean;
  help: boolean;
  /** Digits are being typed: Enter goes to that slide. */
  goto: string;
  /** Columns of the overview grid, so up and down move by a row. */
  columns: number;
}

/** The key map as the help overlay shows it (and as the tests walk it). */
export const KEY_HELP: { keys: string[]; does: string; role?: 'deck' }[] = [
  { keys: ['→', '↓', 'Space', 'Page Down', 'N'], does: 'Next slide' },
  { keys: ['←', '↑', 'Shift+Space', 'Page Up', 'P'], does: 'Previous slide' },
  { keys: ['Home', 'End'], does: 'First or last slide' },
  { keys: ['a number', 'Enter'], does: 'Go to that slide' },
  { keys: ['B', '.'], does: 'Black screen on or off' },
  { keys: ['F'], does: 'Full screen on or off' },
  { keys: ['O', 'Esc'], does: 'Overview of all slides (arrows and Enter to jump)', role: 'deck' },
  { keys: ['S'], does: 'Open the speaker view', role: 'deck' },
  { keys: ['?'], does: 'This list of keys' },
];

export function intentFor(e: KeyInput, ctx: KeyContext): Intent | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const deck = ctx.role === 'deck';
  const grid = deck && ctx.overview;
  switch (e.key) {
    case ' ':
    case 'Spacebar':
      return { type: e.shiftKey ? 'prev' : 'next' };
    case 'ArrowRight':
    case 'PageDown':
    case 'n':
    case 'N':
      return { type: 'next' };
    case 'ArrowDown':
      return grid ? { type: 'move', by: ctx.columns } : { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
    case 'p':
    case 'P':
      return { type: 'prev' };
    case 'ArrowUp':
      return grid ? { type: 'move', by: -ctx.columns } : { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
      // Otherwise Enter belongs to the focused link or button.
      return grid || ctx.goto ? { type: 'enter' } : null;
    case 'b':
    case 'B':
    case '.':
      return { type: 'blackout' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'o':
    case 'O':
      return deck ? { type: 'overview' } : null;
    case 'Escape':
    case 'Esc':
      if (deck) return { type: 'escape' };
      return ctx.help ? { type: 'help' } : ctx.goto ? { type: 'clearGoto' } : null;
    case 's':
    case 'S':
      return deck ? { type: 'speaker' } : null;
    case '?':
      return { type: 'help' };
    default:
      return /^[0-9]$/.test(e.key) && !grid ? { type: 'digit', digit: e.key } : null;
  }
}
