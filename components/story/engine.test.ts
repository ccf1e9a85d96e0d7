import { describe, expect, it } from 'vitest';
import { chartAboveText, pickActiveStep, quantise, stepIndexFromHash, textAreaTrigger, triggerLine } from './engine';

// Four steps of 600 px, stacked; `scroll` moves them all up.
const boxes = (scroll: number) => [0, 1, 2, 3].map((i) => ({ top: 400 + i * 600 - scroll, bottom: 1000 + i * 600 - scroll }));
const trigger = triggerLine(800); // 440 px

describe('pickActiveStep', () => {
  it('holds the first step before any step reaches the trigger line', () => {
    const first = pickActiveStep(boxes(0), trigger); // trigger 40 px into step 0
    expect(first.index).toBe(0);
    expect(first.progress).toBeCloseTo(40 / 600);
    expect(pickActiveStep(boxes(-500), trigger)).toEqual({ index: 0, progress: 0 });
  });

  it('walks through every step in order as the page scrolls down, and back in reverse', () => {
    const down: number[] = [];
    for (let s = 0; s <= 2400; s += 10) down.push(pickActiveStep(boxes(s), trigger).index);
    const visited = down.filter((v, i) => i === 0 || v !== down[i - 1]);
    expect(visited).toEqual([0, 1, 2, 3]);
    const up = [...down].reverse().filter((v, i, a) => i === 0 || v !== a[i - 1]);
    expect(up).toEqual([3, 2, 1, 0]);
  });

  it('lands on the right step after a jump, whatever came before (fling, reload, anchor)', () => {
    // A jump straight to 1250 px is the same as scrolling there slowly: step 2 holds the line.
    expect(pickActiveStep(boxes(1250), trigger).index).toBe(2);
    // Jumping far past the end keeps the last step, fully read.
    expect(pickActiveStep(boxes(9000), trigger)).toEqual({ index: 3, progress: 1 });
  });

  it('reports progress through the active step', () => {
    const mid = pickActiveStep(boxes(340), trigger); // step 0 top at 60 → trigger 380 px into it
    expect(mid.index).toBe(0);
    expect(mid.progress).toBeCloseTo(380 / 600);
  });

  it('follows a viewport resize (address bar) because the trigger line moves with it', () => {
    const b = boxes(560); // step 1 top at 440
    expect(pickActiveStep(b, triggerLine(800)).index).toBe(1);
    expect(pickActiveStep(b, triggerLine(780)).index).toBe(0);
  });

  it('handles an empty list and zero-height steps', () => {
    expect(pickActiveStep([], 100)).toEqual({ index: 0, progress: 0 });
    expect(pickActiveStep([{ top: 10, bottom: 10 }], 100)).toEqual({ index: 0, progress: 1 });
  });
});

describe('quantise', () => {
  it('rounds to fiftieths and clamps', () => {
    expect(quantise(0.333)).toBe(0.34);
    expect(quantise(-1)).toBe(0);
    expect(quantise(2)).toBe(1);
  });
});

describe('stepIndexFromHash', () => {
  const ids = ['q2-loss', 'why', 'große'];
  it('finds a step by hash, decoded', () => {
    expect(stepIndexFromHash('#why', ids)).toBe(1);
    expect(stepIndexFromHash('#gro%C3%9Fe', ids)).toBe(2);
  });
  it('returns -1 for unknown or mangled hashes', () => {
    expect(stepIndexFromHash('#nope', ids)).toBe(-1);
    expect(stepIndexFromHash('#%E0%A4%A', ids)).toBe(-1);
    expect(stepIndexFromHash('', ids)).toBe(-1);
  });
});

describe('textAreaTrigger (chart pinned above the text)', () => {
  it('sits a fixed reading distance below the chart', () => {
    expect(textAreaTrigger(420, 844)).toBe(420 + 96);
  });
  it('does not move when the address bar changes the viewport height', () => {
    expect(textAreaTrigger(420, 764)).toBe(textAreaTrigger(420, 844));
    // So a step whose top is just above the line stays active through the resize.
    const steps = [{ top: 100, bottom: 500 }, { top: 500, bottom: 900 }];
    expect(pickActiveStep(steps, textAreaTrigger(420, 844)).index).toBe(1);
    expect(pickActiveStep(steps, textAreaTrigger(420, 764)).index).toBe(1);
  });
  it('stays within the text area on a short screen, and follows a chart that has not pinned yet', () => {
    expect(textAreaTrigger(400, 500)).toBe(450);
    expect(textAreaTrigger(900, 844)).toBe(900);
  });
});

describe('chartAboveText', () => {
  it('is true when the chart and the steps share a column, false side by side', () => {
    expect(chartAboveText({ left: 0, right: 390 }, { left: 0, right: 390 })).toBe(true);
    expect(chartAboveText({ left: 500, right: 1250 }, { left: 24, right: 480 })).toBe(false);
    // Touching edges are not an overlap.
    expect(chartAboveText({ left: 480, right: 900 }, { left: 0, right: 480 })).toBe(false);
  });
});
