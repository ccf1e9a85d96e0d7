/**
 * The cross-engine browser suite: the same test bodies for every engine (tests/engines/driver.ts).
 * Chapters, pages and step ids come from the built site (site.ts), so new chapters and rewritten
 * prose are covered without edits.
 */
import assert from 'node:assert/strict';
import { TRIGGER_RATIO } from '../../components/story/engine';
import { deckDialogs } from './deck-dialogs';
import type { Engine, Tab } from './driver';
import { firstStepChange, type StepChange } from './geometry';
import { evaluate, open, trouble, waitFor } from './page';
import { walkScrollies } from './steps';
import { builtChapters, builtPages, builtStepIds } from './site';

export interface EngineTest {
  name: string;
  /** Resolves with an optional note of what was measured, printed beside the result. */
  run(engine: Engine, memo: Memo): Promise<string | void>;
}

/** Results shared between tests of one engine run (one measurement feeds two checks). */
export type Memo = Map<string, Promise<unknown>>;

async function noTrouble(tab: Tab, where: string) {
  const t = await trouble(tab);
  assert.ok(t.watcher, `${where}: the page watcher did not run, so errors could not be seen`);
  assert.deepEqual(t.errors, [], `${where}: page errors`);
  assert.deepEqual(t.offOrigin, [], `${where}: requests off the site's origin`);
}

const walkSteps = (tab: Tab) => evaluate(tab, walkScrollies, TRIGGER_RATIO);

function pages(): EngineTest[] {
  return builtPages().map((path) => ({
    name: `${path} loads with no page error`,
    async run(engine) {
      await open(engine.main, path);
      await noTrouble(engine.main, path);
    },
  }));
}

function chapters(): EngineTest[] {
  return builtChapters().flatMap((slug): EngineTest[] => [
    {
      name: `/${slug}: each step activates in order, scrolling down and back up`,
      async run({ main }) {
        await open(main, `/${slug}`);
        const scrollies = await walkSteps(main);
        assert.ok(scrollies.length >= 1, 'the chapter has a scrolly');
        for (const [k, s] of scrollies.entries()) {
          assert.ok(s.ids.length >= 2, `scrolly ${k} has steps`);
          assert.equal(s.stuck, null, `scrolly ${k}: a step did not activate`);
          assert.deepEqual(s.down, s.ids, `scrolly ${k}, scrolling down`);
          assert.deepEqual(s.up, [...s.ids].reverse(), `scrolly ${k}, scrolling up`);
        }
        await noTrouble(main, `/${slug}`);
      },
    },
    {
      name: `/${slug}#<step>: a step link opens at that step`,
      async run({ main }) {
        const ids = builtStepIds(slug);
        assert.ok(ids.length >= 2, `/${slug} has steps in its HTML`);
        // A step past the first, so landing on the chapter's start would not pass.
        const id = ids[Math.floor(ids.length / 2)];
        await open(main, `/${slug}#${id}`);
        await waitFor(main, `#${id} to be the active step and on screen`, (step: string) => {
          const el = document.getElementById(step);
          const g = el?.closest('.scrolly')?.querySelector('.scrolly-graphic');
          if (!el || !g) return false;
          const b = el.getBoundingClientRect();
          return g.getAttribute('data-active-step') === step && b.bottom > 0 && b.top < window.innerHeight;
        }, [id]);
      },
    },
  ]);
}

const slide = (tab: Tab) => evaluate(tab, () => ({
  key: document.querySelector('.deck-stage .slide')?.getAttribute('data-slide') ?? null,
  hash: location.hash,
}));

const untilSlide = (tab: Tab, key: string, where: string) =>
  waitFor(tab, `${where} to show slide ${key} with #${key} in its URL`, (k: string) =>
    document.querySelector('.deck-stage .slide')?.getAttribute('data-slide') === k && location.hash === `#${k}`, [key]);

const deckPath = () => `/present/${builtChapters()[0]}`;
const slideKeys = (tab: Tab) => evaluate(tab, () => Array.from(document.querySelectorAll<HTMLElement>('.handout-page')).map((e) => e.dataset.slide!));

function deck(): EngineTest[] {
  return [
    {
      name: 'the deck moves on ArrowRight, PageDown and PageUp, and its URL follows',
      async run({ main }) {
        await open(main, deckPath());
        const keys = await slideKeys(main);
        const at = keys.indexOf((await slide(main)).key!);
        assert.ok(at >= 0 && at + 2 < keys.length, `the deck opens on a slide it lists (${at} of ${keys.length})`);
        await main.press('ArrowRight');
        await untilSlide(main, keys[at + 1], 'ArrowRight');
        await main.press('PageDown');
        await untilSlide(main, keys[at + 2], 'PageDown');
        await main.press('PageUp');
        await untilSlide(main, keys[at + 1], 'PageUp');
        await noTrouble(main, deckPath());
      },
    },
    {
      name: 'the speaker view follows the deck, in a second window',
      async run(engine) {
        const { main } = engine;
        await open(main, deckPath());
        const keys = await slideKeys(main);
        const at = keys.indexOf((await slide(main)).key!);
        const speaker = await engine.openWindow('/present/speaker');
        try {
          const shows = (key: string, what: string) =>
            waitFor(speaker, `the speaker view to show ${key} (${what})`, (k: string) =>
              document.querySelector('.speaker-root[data-ready] .speaker-current [data-slide]')?.getAttribute('data-slide') === k, [key]);
          await shows(keys[at], 'on opening, the deck’s slide');
          await main.press('ArrowRight');
          await untilSlide(main, keys[at + 1], 'the deck');
          await shows(keys[at + 1], 'after ArrowRight in the deck');
          // And the other way: the speaker's Page Down moves the audience deck.
          await speaker.press('PageDown');
          await untilSlide(main, keys[at + 2], 'the deck, after PageDown in the speaker view');
          await noTrouble(speaker, '/present/speaker');
        } finally {
          await speaker.close();
        }
      },
    },
    deckDialogs(deckPath),
  ];
}

function dataRoom(): EngineTest {
  return {
    name: '/data: the filter narrows the rows',
    async run({ main }) {
      await open(main, '/data');
      const rendered = () => evaluate(main, () =>
        Array.from(document.querySelectorAll('tr[data-fact-row]')).filter((r) => r.getClientRects().length > 0).map((r) => r.id));
      const all = await rendered();
      assert.ok(all.length > 2, 'the data room lists figures');
      // Every row's search text holds its fact id, so the first row's id matches it and few others.
      const query = all[0];
      await evaluate(main, () => document.querySelector<HTMLInputElement>('.fact-tools input[type="search"]')!.focus());
      await main.type(query);
      const shown = await waitFor(main, 'the filter to narrow the rows', (q: string, total: number) => {
        const ids = Array.from(document.querySelectorAll('tr[data-fact-row]')).filter((r) => r.getClientRects().length > 0).map((r) => r.id);
        return ids.length > 0 && ids.length < total && ids.includes(q) && (document.querySelector<HTMLInputElement>('.fact-tools input[type="search"]')!.value === q) ? ids : null;
      }, [query, all.length]);
      assert.ok(shown!.length < all.length, `${shown!.length} of ${all.length} rows shown`);
    },
  };
}

function chapterMenu(): EngineTest {
  const path = `/${builtChapters()[0]}`;
  return {
    name: 'the chapter menu opens on Enter and closes on Escape',
    async run({ main }) {
      await open(main, path);
      await evaluate(main, () => document.querySelector<HTMLElement>('details.chapter-menu summary')!.focus());
      await waitFor(main, 'the menu button to have focus', () => document.activeElement?.matches('details.chapter-menu summary') ?? false, []);
      await main.press('Enter');
      await waitFor(main, 'the menu to open and show its links', () => {
        const d = document.querySelector<HTMLDetailsElement>('details.chapter-menu')!;
        return d.open && d.querySelectorAll('a[href]').length > 0 && d.querySelector('a[href]')!.getClientRects().length > 0;
      }, []);
      await main.press('Escape');
      await waitFor(main, 'the menu to close and give focus back to its button', () =>
        !document.querySelector<HTMLDetailsElement>('details.chapter-menu')!.open && document.activeElement?.matches('details.chapter-menu summary'), []);
    },
  };
}

/** The first step change in the story where a visible bar (rect) and a visible line or rule (path) both move. */
async function findStepChange(engine: Engine): Promise<StepChange & { chapter: string }> {
  for (const slug of builtChapters()) {
    await open(engine.main, `/${slug}`);
    const change = await evaluate(engine.main, firstStepChange, TRIGGER_RATIO);
    if (change) return { ...change, chapter: slug };
  }
  throw new Error('no step change in the story moves both a rect and a path');
}

const measured = (engine: Engine, memo: Memo) => {
  if (!memo.has('step-change')) memo.set('step-change', findStepChange(engine));
  return memo.get('step-change') as ReturnType<typeof findStepChange>;
};

const describeChange = (c: StepChange & { chapter: string }) => `/${c.chapter} #${c.from} → #${c.to}, ${c.frames} frames over ${c.sampledMs} ms`;

function inBetween(tag: 'rect' | 'path', label: string): EngineTest {
  return {
    name: `during a step change, ${label} passes through in-between geometry`,
    async run(engine, memo) {
      const change = await measured(engine, memo);
      const marks = change.changes.filter((c) => c.tag === tag);
      const moving = marks.filter((c) => c.between.length > 0);
      assert.ok(moving.length > 0, `${describeChange(change)}: every ${tag} jumped from its start to its end geometry: ${marks.map((c) => `${c.mark} ${c.coordinate} ${c.from.toFixed(1)}→${c.to.toFixed(1)}`).join('; ')}`);
      const m = moving[0];
      return `${describeChange(change)}: ${moving.length} of ${marks.length} moving ${tag}s seen in between, e.g. ${m.mark} ${m.coordinate} ${m.from.toFixed(1)}→${m.to.toFixed(1)} via ${m.between.length} samples`;
    },
  };
}

/** Only for a browser launched with prefers-reduced-motion: reduce. */
export const reducedMotionTest: EngineTest = {
  name: 'with reduced motion, a step change shows no in-between geometry',
  async run(engine) {
    const change = await findStepChange(engine);
    const reduced = await evaluate(engine.main, () => matchMedia('(prefers-reduced-motion: reduce)').matches);
    assert.ok(reduced, 'the browser reports prefers-reduced-motion: reduce');
    const moving = change.changes.filter((c) => c.between.length > 0);
    assert.deepEqual(moving.map((c) => `${c.mark} ${c.coordinate}: ${c.between.map((v) => v.toFixed(1)).join(', ')}`), [], describeChange(change));
    return `${describeChange(change)}: ${change.changes.length} marks changed, none seen in between`;
  },
};

export function engineTests(): EngineTest[] {
  return [
    ...pages(),
    ...chapters(),
    ...deck(),
    dataRoom(),
    chapterMenu(),
    inBetween('rect', 'a bar (rect)'),
    inBetween('path', 'a line or rule (path)'),
  ];
}
