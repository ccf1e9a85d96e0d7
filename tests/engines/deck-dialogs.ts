/**
 * The deck's dialogs in every engine: the overview (O) and the key map (?) are modal <dialog>s
 * opened with showModal(). Each must be in the top layer (`:modal`) and on top where it is drawn,
 * take focus, keep it from the page behind on Tab, ignore the deck's keys, and close on Escape.
 */
import assert from 'node:assert/strict';
import type { Tab } from './driver';
import { evaluate, open, waitFor } from './page';
import type { EngineTest } from './suite';

/** The open dialog named `name`, if it is modal, on top, and holds focus: what has focus, else false. */
function modalWithFocus(name: string): string | false {
  const d = Array.from(document.querySelectorAll('dialog')).find((x) =>
    x.getAttribute('aria-label') === name || document.getElementById(x.getAttribute('aria-labelledby') ?? '')?.textContent === name);
  if (!d || !d.open || !d.matches(':modal')) return false;
  const b = d.getBoundingClientRect();
  const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
  const a = document.activeElement;
  if (!hit || !d.contains(hit) || !a || a === d || !d.contains(a)) return false;
  return a.textContent?.trim() || a.className;
}

/** Where focus is: in the open dialog (or on it), on nothing in the page (the browser's own UI), or behind the dialog. */
const focusAt = (tab: Tab) => evaluate(tab, () => {
  const d = document.querySelector('dialog');
  const a = document.activeElement;
  // WebKit gives Tab past the last control to the dialog itself: still inside it.
  if (d && a && d.contains(a)) return 'dialog';
  return !a || a === document.body ? 'browser' : `behind: ${a.outerHTML.slice(0, 80)}`;
});

const shownSlide = (tab: Tab) => evaluate(tab, () => document.querySelector('.deck-stage .slide')?.getAttribute('data-slide') ?? null);

export function deckDialogs(path: () => string): EngineTest {
  return {
    name: "the deck's overview and key map are modal dialogs: focus inside, the deck's keys ignored, Escape closes them",
    async run({ main }) {
      await open(main, path());
      await waitFor(main, 'the deck to be ready', () => !!document.querySelector('.deck-root[data-ready]'), []);
      const start = await shownSlide(main);
      const notes: string[] = [];
      for (const [key, name] of [['o', 'All slides'], ['?', 'Keys']] as const) {
        await main.type(key);
        notes.push(`${name}: focus on ${await waitFor(main, `${name} to open as a modal dialog with focus inside`, modalWithFocus, [name])}`);
        await main.press('ArrowRight');
        await main.press('PageDown');
        await main.type('b');
        await main.press('Tab');
        const focus = await focusAt(main);
        assert.ok(focus === 'dialog' || focus === 'browser', `${name}: after Tab, focus is ${focus}`);
        assert.ok(await evaluate(main, () => !!document.querySelector('dialog')?.matches(':modal')), `${name}: closed by a deck key`);
        assert.equal(await shownSlide(main), start, `${name}: the slide behind the dialog moved`);
        assert.equal(await evaluate(main, () => document.querySelector('.deck-root')!.hasAttribute('data-blackout')), false, `${name}: B blacked the screen out behind the dialog`);
        await main.press('Escape');
        await waitFor(main, `${name} to close and give focus to the stage`, () => !document.querySelector('dialog') && !!document.activeElement?.matches('.deck-stage'), []);
      }
      assert.equal(await shownSlide(main), start, 'the slide after both dialogs closed');
      return notes.join('; ');
    },
  };
}
