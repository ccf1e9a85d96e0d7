import { describe, expect, it, vi } from 'vitest';
import { linkTo, shareOrCopy, type ShareNavigator } from './share';

const target = { url: 'https://example.org/loss-per-car#q2-2024-loss', title: 'The loss on every car', text: 'A chapter' };
const abort = () => Object.assign(new Error('closed'), { name: 'AbortError' });

describe('shareOrCopy', () => {
  it('uses the share sheet when there is one, with the url, title and text', async () => {
    const share = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    expect(await shareOrCopy(target, { share, clipboard: { writeText } })).toBe('shared');
    expect(share).toHaveBeenCalledWith({ url: target.url, title: target.title, text: target.text });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('does not copy when the reader closes the sheet', async () => {
    const writeText = vi.fn(async () => {});
    expect(await shareOrCopy(target, { share: async () => Promise.reject(abort()), clipboard: { writeText } })).toBe('cancelled');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies when the sheet fails for another reason or refuses the data', async () => {
    const writeText = vi.fn(async () => {});
    const denied = Object.assign(new Error('no'), { name: 'NotAllowedError' });
    expect(await shareOrCopy(target, { share: async () => Promise.reject(denied), clipboard: { writeText } })).toBe('copied');
    const share = vi.fn(async () => {});
    expect(await shareOrCopy(target, { share, canShare: () => false, clipboard: { writeText } })).toBe('copied');
    expect(share).not.toHaveBeenCalled();
    expect(writeText).toHaveBeenCalledWith(target.url);
  });

  it('copies the link when there is no share sheet', async () => {
    const writeText = vi.fn(async () => {});
    expect(await shareOrCopy(target, { clipboard: { writeText } })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith(target.url);
  });

  it('asks for a copy by hand when neither works', async () => {
    const nav: ShareNavigator = { clipboard: { writeText: async () => Promise.reject(new Error('denied')) } };
    expect(await shareOrCopy(target, nav)).toBe('manual');
    expect(await shareOrCopy(target, {})).toBe('manual');
  });

  it('leaves out an empty text', async () => {
    const share = vi.fn(async () => {});
    await shareOrCopy({ url: target.url, title: target.title }, { share });
    expect(share).toHaveBeenCalledWith({ url: target.url, title: target.title });
  });
});

describe('linkTo', () => {
  it('builds the link from where the page is served, with the step as fragment', () => {
    const here = { origin: 'https://story.example', pathname: '/loss-per-car' };
    expect(linkTo(here)).toBe('https://story.example/loss-per-car');
    expect(linkTo(here, 'why-a-loss')).toBe('https://story.example/loss-per-car#why-a-loss');
  });
});
