import { describe, expect, it } from 'vitest';
import { otherEditionHref } from './LanguageSwitch';
import { presentHref } from './reading-position';
import { speakerPath, speakerWindow } from './routes';

describe('the deck in the other edition', () => {
  it('names the same slide: chapter deck and step id, both ways', () => {
    expect(otherEditionHref('en', 'loss-per-car', 'loss-per-car-2025')).toBe('/zh/present/loss-per-car#loss-per-car-2025');
    expect(otherEditionHref('zh', 'loss-per-car', 'loss-per-car-2025')).toBe('/present/loss-per-car#loss-per-car-2025');
    expect(otherEditionHref('zh', 'the-bet', 'the-bet')).toBe('/present/the-bet#the-bet');
    expect(otherEditionHref('en', '', 'end')).toBe('/zh/present#end');
  });

  it('opens each edition\'s speaker view in its own window, and the reading page\'s deck in its edition', () => {
    expect(speakerPath('zh')).toBe('/zh/present/speaker');
    expect(speakerWindow('zh')).not.toBe(speakerWindow('en'));
    expect(presentHref('the-bet', 'x', 'zh')).toBe('/zh/present/the-bet#x');
    expect(presentHref('the-bet', null)).toBe('/present/the-bet');
  });
});
