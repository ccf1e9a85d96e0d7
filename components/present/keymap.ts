/**
 * The key map, as a pure function from a key press to what it means (the model is reveal.js's
 * keyboard controller). Clickers send PageDown/PageUp for next/previous and B or . for blackout;
 * the browser's own shortcuts (anything with Ctrl, Cmd or Alt) are never taken.
 */
import type { DeckAction } from './deck-state';
import type { DeckWords } from '@/content/ui/deck';

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

type KeyWord = Extract<keyof DeckWords, `keys.${string}`>;

/**
 * The key map as the help overlay shows it (and as the tests walk it): the keys by the names
 * keyboards print, what they do as a word key (content/ui/deck.ts). `kind: 'number'` marks the row
 * whose first "key" is any typed slide number, shown as words and followed by "then".
 */
export const KEY_HELP: { keys: string[]; does: KeyWord; kind?: 'number'; role?: 'deck' }[] = [
  { keys: ['→', '↓', 'Space', 'Page Down', 'N'], does: 'keys.next' },
  { keys: ['←', '↑', 'Shift+Space', 'Page Up', 'P'], does: 'keys.prev' },
  { keys: ['Home', 'End'], does: 'keys.firstLast' },
  { keys: ['a number', 'Enter'], does: 'keys.goto', kind: 'number' },
  { keys: ['B', '.'], does: 'keys.blackout' },
  { keys: ['F'], does: 'keys.fullscreen' },
  { keys: ['O', 'Esc'], does: 'keys.overview', role: 'deck' },
  { keys: ['S'], does: 'keys.speaker', role: 'deck' },
  { keys: ['?'], does: 'keys.help' },
];

/** Keys said in words rather than printed on the key: each edition names them in its own. */
export const SAID_KEYS: Record<string, KeyWord> = { Space: 'keys.space', 'Shift+Space': 'keys.shiftSpace', 'a number': 'keys.aNumber' };

/**
 * An open dialog takes only its own keys, so the deck's keys never act behind it: the key map (?)
 * closes on ? or Esc and leaves every other key to its Close button (Enter, Space, Tab); the
 * overview's arrows, Space, Page Up/Down, Home and End move its selection, Enter jumps, O or Esc closes.
 */
export function intentFor(e: KeyInput, ctx: KeyContext): Intent | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (ctx.help) return helpIntent(e.key);
  if (ctx.role === 'deck' && ctx.overview) return overviewIntent(e, ctx.columns);
  return deckIntent(e, ctx);
}

function helpIntent(key: string): Intent | null {
  return key === '?' || key === 'Escape' || key === 'Esc' ? { type: 'help' } : null;
}

function overviewIntent(e: KeyInput, columns: number): Intent | null {
  switch (e.key) {
    case 'ArrowDown':
      return { type: 'move', by: columns };
    case 'ArrowUp':
      return { type: 'move', by: -columns };
    case 'Enter':
      return { type: 'enter' };
    case 'o':
    case 'O':
      return { type: 'overview' };
    case 'Escape':
    case 'Esc':
      return { type: 'escape' };
  }
  // Next and previous move the selection by one (the reducer's rule for an open overview).
  return moveIntent(e);
}

/** Next, previous, first and last: the same keys on the stage and in the overview. */
function moveIntent(e: KeyInput): Intent | null {
  switch (e.key) {
    case ' ':
    case 'Spacebar':
      return { type: e.shiftKey ? 'prev' : 'next' };
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'n':
    case 'N':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
    case 'P':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    default:
      return null;
  }
}

function deckIntent(e: KeyInput, ctx: KeyContext): Intent | null {
  const deck = ctx.role === 'deck';
  const move = moveIntent(e);
  if (move) return move;
  switch (e.key) {
    case 'Enter':
      // Otherwise Enter belongs to the focused link or button.
      return ctx.goto ? { type: 'enter' } : null;
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
      return ctx.goto ? { type: 'clearGoto' } : null;
    case 's':
    case 'S':
      return deck ? { type: 'speaker' } : null;
    case '?':
      return { type: 'help' };
    default:
      return /^[0-9]$/.test(e.key) ? { type: 'digit', digit: e.key } : null;
  }
}
