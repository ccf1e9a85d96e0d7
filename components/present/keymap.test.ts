import { describe, expect, it } from 'vitest';
import { intentFor, KEY_HELP, type KeyContext } from './keymap';

const deck: KeyContext = { role: 'deck', overview: false, help: false, goto: '', columns: 5 };
const speaker: KeyContext = { ...deck, role: 'speaker' };
const type = (key: string, ctx = deck, mods = {}) => intentFor({ key, ...mods }, ctx)?.type ?? null;

describe('key map', () => {
  it('maps every next and previous key, clickers included', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N']) expect(type(key), key).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']) expect(type(key), key).toBe('prev');
    expect(type(' ', deck, { shiftKey: true })).toBe('prev');
  });

  it('maps Home, End, digits, blackout, fullscreen, overview, speaker and help', () => {
    expect(type('Home')).toBe('first');
    expect(type('End')).toBe('last');
    expect(intentFor({ key: '7' }, deck)).toEqual({ type: 'digit', digit: '7' });
    for (const key of ['b', 'B', '.']) expect(type(key)).toBe('blackout');
    for (const key of ['f', 'F']) expect(type(key)).toBe('fullscreen');
    for (const key of ['o', 'O']) expect(type(key)).toBe('overview');
    expect(type('Escape')).toBe('escape');
    for (const key of ['s', 'S']) expect(type(key)).toBe('speaker');
    expect(type('?', deck, { shiftKey: true })).toBe('help');
  });

  it('leaves Enter to the focused control unless a number is typed or the overview is open', () => {
    expect(type('Enter')).toBeNull();
    expect(type('Enter', { ...deck, goto: '3' })).toBe('enter');
    expect(type('Enter', { ...deck, overview: true })).toBe('enter');
  });

  it('never takes the browser\'s shortcuts', () => {
    for (const mod of ['ctrlKey', 'metaKey', 'altKey']) {
      expect(type('p', deck, { [mod]: true })).toBeNull();
      expect(type('ArrowRight', deck, { [mod]: true })).toBeNull();
    }
    expect(type('Tab')).toBeNull();
    expect(type('x')).toBeNull();
  });

  it('moves by a row in the overview grid and ignores digits there', () => {
    const grid = { ...deck, overview: true };
    expect(intentFor({ key: 'ArrowDown' }, grid)).toEqual({ type: 'move', by: 5 });
    expect(intentFor({ key: 'ArrowUp' }, grid)).toEqual({ type: 'move', by: -5 });
    expect(type('ArrowRight', grid)).toBe('next');
    expect(type('3', grid)).toBeNull();
  });

  it('gives the speaker view no overview and no second speaker view; Escape closes help there', () => {
    expect(type('o', speaker)).toBeNull();
    expect(type('s', speaker)).toBeNull();
    expect(type('Escape', speaker)).toBeNull();
    expect(type('Escape', { ...speaker, help: true })).toBe('help');
    expect(type('Escape', { ...speaker, goto: '4' })).toBe('clearGoto');
    expect(type('ArrowDown', { ...speaker, overview: true })).toBe('next');
  });

  it('takes no deck key behind an open dialog: the key map hears only ? and Esc, the overview only its own keys', () => {
    for (const ctx of [{ ...deck, help: true }, { ...speaker, help: true }]) {
      for (const key of ['?', 'Escape']) expect(type(key, ctx), `${ctx.role} ${key}`).toBe('help');
      // Enter, Space and Tab belong to the dialog's Close button; everything else is ignored.
      for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'PageDown', 'n', 'Home', 'End', 'Enter', 'Tab', 'b', '.', 'f', 'o', 's', '4'])
        expect(type(key, ctx), `${ctx.role} ${key}`).toBeNull();
    }
    const grid = { ...deck, overview: true };
    for (const key of ['b', 'B', '.', 'f', 'F', 's', 'S', '?', '4', 'Tab']) expect(type(key, grid), key).toBeNull();
    expect(type('End', grid)).toBe('last');
    expect(type('PageUp', grid)).toBe('prev');
    expect(type(' ', grid, { shiftKey: true })).toBe('prev');
    expect(type('o', grid)).toBe('overview');
    expect(type('Escape', grid)).toBe('escape');
  });

  it('the help overlay lists keys the map knows', () => {
    const named: Record<string, string> = { '→': 'ArrowRight', '↓': 'ArrowDown', '←': 'ArrowLeft', '↑': 'ArrowUp', Space: ' ', 'Page Down': 'PageDown', 'Page Up': 'PageUp', Esc: 'Escape' };
    for (const row of KEY_HELP)
      for (const label of row.keys) {
        if (label === 'a number' || label === 'Enter' || label === 'Shift+Space') continue;
        expect(intentFor({ key: named[label] ?? label }, deck), label).not.toBeNull();
      }
  });
});
