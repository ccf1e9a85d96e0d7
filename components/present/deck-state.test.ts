import { describe, expect, it } from 'vitest';
import { deckReducer, initialDeckState, type DeckAction, type DeckState } from './deck-state';

const run = (s: DeckState, ...actions: DeckAction[]) => actions.reduce(deckReducer, s);
const at = (index: number, count = 10) => initialDeckState(count, index);

describe('moving through the deck', () => {
  it('steps forward and back and stops at both ends', () => {
    expect(run(at(0), { type: 'next' }).index).toBe(1);
    expect(run(at(3), { type: 'prev' }).index).toBe(2);
    expect(run(at(9), { type: 'next' }).index).toBe(9);
    expect(run(at(0), { type: 'prev' }).index).toBe(0);
  });

  it('jumps to the first and last slide', () => {
    expect(run(at(4), { type: 'first' }).index).toBe(0);
    expect(run(at(4), { type: 'last' }).index).toBe(9);
  });

  it('clamps a direct jump and survives nonsense', () => {
    expect(run(at(0), { type: 'go', index: 42 }).index).toBe(9);
    expect(run(at(5), { type: 'go', index: -3 }).index).toBe(0);
    expect(run(at(5), { type: 'go', index: Number.NaN }).index).toBe(0);
    expect(initialDeckState(0, 3).index).toBe(0);
  });
});

describe('a number then Enter', () => {
  it('goes to that slide, 1-based, and clears the number', () => {
    const s = run(at(0), { type: 'digit', digit: '1' }, { type: 'digit', digit: '2' });
    expect(s.goto).toBe('12');
    const done = run(at(0, 20), { type: 'digit', digit: '1' }, { type: 'digit', digit: '2' }, { type: 'enter' });
    expect(done.index).toBe(11);
    expect(done.goto).toBe('');
  });

  it('clamps 0 to the first slide and a large number to the last', () => {
    expect(run(at(5), { type: 'digit', digit: '0' }, { type: 'enter' }).index).toBe(0);
    expect(run(at(0), { type: 'digit', digit: '9' }, { type: 'digit', digit: '9' }, { type: 'enter' }).index).toBe(9);
  });

  it('ignores Enter with no number, extra digits and non-digits', () => {
    expect(run(at(4), { type: 'enter' })).toEqual(at(4));
    const s = run(at(0), ...'123456'.split('').map((digit) => ({ type: 'digit' as const, digit })));
    expect(s.goto).toBe('1234');
    expect(run(at(0), { type: 'digit', digit: 'x' }).goto).toBe('');
  });

  it('Escape clears a half-typed number before anything else', () => {
    const s = run(at(2), { type: 'digit', digit: '7' }, { type: 'escape' });
    expect(s.goto).toBe('');
    expect(s.overview).toBe(false);
  });
});

describe('blackout', () => {
  it('toggles', () => {
    expect(run(at(2), { type: 'blackout' }).blackout).toBe(true);
    expect(run(at(2), { type: 'blackout' }, { type: 'blackout' }).blackout).toBe(false);
  });

  it('a relative move at a black screen only lifts the blackout', () => {
    const s = run(at(2), { type: 'blackout' }, { type: 'next' });
    expect(s).toMatchObject({ index: 2, blackout: false });
    expect(run(at(2), { type: 'blackout' }, { type: 'last' })).toMatchObject({ index: 2, blackout: false });
  });

  it('an explicit jump moves and lifts it', () => {
    expect(run(at(2), { type: 'blackout' }, { type: 'go', index: 6 })).toMatchObject({ index: 6, blackout: false });
  });
});

describe('overview', () => {
  it('opens on the current slide, moves a cursor, and Enter jumps there', () => {
    const open = run(at(3), { type: 'overview' });
    expect(open).toMatchObject({ overview: true, cursor: 3, index: 3 });
    const moved = run(open, { type: 'next' }, { type: 'next' }, { type: 'move', by: 5 });
    expect(moved).toMatchObject({ cursor: 10 - 1, index: 3 });
    expect(run(moved, { type: 'enter' })).toMatchObject({ overview: false, index: 9 });
  });

  it('Home and End move the cursor, not the slide, and the cursor stays in range', () => {
    const open = run(at(5), { type: 'overview' });
    expect(run(open, { type: 'first' })).toMatchObject({ cursor: 0, index: 5 });
    expect(run(open, { type: 'last' })).toMatchObject({ cursor: 9, index: 5 });
    expect(run(open, { type: 'move', by: -50 }).cursor).toBe(0);
  });

  it('a click picks a slide; Escape or O closes without moving', () => {
    const open = run(at(5), { type: 'overview' });
    expect(run(open, { type: 'pick', index: 1 })).toMatchObject({ index: 1, overview: false });
    expect(run(open, { type: 'move', by: 2 }, { type: 'escape' })).toMatchObject({ index: 5, overview: false });
    expect(run(open, { type: 'overview' })).toMatchObject({ index: 5, overview: false });
  });

  it('ignores digits and moves when closed', () => {
    expect(run(at(1), { type: 'overview' }, { type: 'digit', digit: '4' }).goto).toBe('');
    expect(run(at(1), { type: 'move', by: 3 })).toEqual(at(1));
  });
});

describe('help', () => {
  it('toggles, closes the overview, and Escape closes it first', () => {
    const s = run(at(1), { type: 'overview' }, { type: 'help' });
    expect(s).toMatchObject({ help: true, overview: false });
    expect(run(s, { type: 'escape' })).toMatchObject({ help: false, overview: false });
  });

  it('moving closes it', () => {
    expect(run(at(1), { type: 'help' }, { type: 'next' })).toMatchObject({ help: false, index: 2 });
  });
});

describe('dismiss (the browser closed a dialog)', () => {
  it('shuts the overview and the key map, keeps the slide, and is a no-op when neither is open', () => {
    expect(run(at(3), { type: 'overview' }, { type: 'move', by: 2 }, { type: 'dismiss' })).toMatchObject({ index: 3, overview: false });
    expect(run(at(3), { type: 'help' }, { type: 'dismiss' })).toMatchObject({ index: 3, help: false });
    const closed = at(3);
    expect(deckReducer(closed, { type: 'dismiss' })).toBe(closed);
  });
});

describe('remote (the other window moved)', () => {
  it('adopts slide and blackout, keeps local overlays, and is a no-op when nothing changes', () => {
    const s = run(at(1), { type: 'help' }, { type: 'remote', index: 7, blackout: true });
    expect(s).toMatchObject({ index: 7, blackout: true, help: true });
    const same = at(4);
    expect(deckReducer(same, { type: 'remote', index: 4, blackout: false })).toBe(same);
    expect(run(at(1), { type: 'remote', index: 99, blackout: false }).index).toBe(9);
  });
});
