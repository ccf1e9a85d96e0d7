import { describe, expect, it } from 'vitest';
import { presentHref, stepBeingRead } from './reading-position';

const ids = ['a1', 'a2', 'b1'];

describe('stepBeingRead', () => {
  it('takes the scrolly that holds the trigger line', () => {
    const scrollies = [{ top: -900, bottom: 300, step: 'a2' }, { top: 300, bottom: 2000, step: 'b1' }];
    expect(stepBeingRead(scrollies, 1000, '', ids)).toBe('b1'); // line at 550
  });

  it('not a scrolly that has not reached the trigger line yet (the reader is in the prose above it)', () => {
    expect(stepBeingRead([{ top: 700, bottom: 3000, step: 'a1' }], 1000, '', ids)).toBeNull();
  });

  it('else the step the hash names, else none', () => {
    const away = [{ top: 2000, bottom: 4000, step: 'a1' }];
    expect(stepBeingRead(away, 1000, '#a2', ids)).toBe('a2');
    expect(stepBeingRead(away, 1000, '#nope', ids)).toBeNull();
    expect(stepBeingRead([], 1000, '', ids)).toBeNull();
  });
});

describe('presentHref', () => {
  it('opens the chapter deck at the step', () => {
    expect(presentHref('loss-per-car', 'why-a-loss')).toBe('/present/loss-per-car#why-a-loss');
    expect(presentHref('loss-per-car', null)).toBe('/present/loss-per-car');
  });
});
