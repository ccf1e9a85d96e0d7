/**
 * The Chinese deck, built from content/zh/chapters: the same slides as the English one (so a URL
 * names the same slide in both), its captions printed with Chinese figures and glossary, its notes
 * the Chinese notes, its words and links the /zh edition's.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildSpeakerDeck } from './build-deck';

const html = (node: React.ReactNode) => renderToStaticMarkup(<>{node}</>);
const HAN = /\p{Script=Han}/u;

describe('the Chinese deck', async () => {
  const [en, zh] = await Promise.all([buildSpeakerDeck('en'), buildSpeakerDeck('zh')]);

  it('has the English deck\'s slides, in the same order, in the zh edition', () => {
    expect(zh.slides.map((s) => s.key)).toEqual(en.slides.map((s) => s.key));
    expect(zh.locale).toBe('zh');
    expect(zh.storyTitle).toBe('最后的豪赌');
    expect(zh.words['deckBar.next']).toBe('下一页');
    expect(zh.language).toEqual({ text: 'English', name: '阅读本页英文版' });
    for (const s of zh.slides) expect(s.readingHref.startsWith('/zh')).toBe(true);
  });

  it('titles its chapter slides from the Chinese chapters', () => {
    const titles = zh.slides.filter((s) => s.kind === 'title');
    for (const t of titles) {
      expect(t.chapterTitle, t.key).toMatch(HAN);
      expect(t.description, t.key).toMatch(HAN);
    }
  });

  it('prints captions with Chinese figures, links to the Chinese data room and Chinese tooltips', () => {
    const captions = zh.bodies.map(html).join('\n');
    expect(captions).toMatch(/亿元|万元|辆/);
    expect(captions).not.toMatch(/RMB \d|bn\b/);
    expect(captions).toContain('href="/zh/data#');
    expect(captions).toContain('来源：');
    // The English deck is as it was.
    const english = en.bodies.map(html).join('\n');
    expect(english).toMatch(/RMB [\d.]+ bn/);
    expect(english).toContain('href="/data#');
  });

  it('explains terms from the Chinese glossary', () => {
    const all = zh.bodies.concat(zh.more).map(html).join('\n');
    expect(all).toContain('data-term=');
    expect(all).toMatch(/class="term-name[^"]*">[^<]*\p{Script=Han}[^<]*：</u);
    expect(all).toContain('aria-label="关闭“');
  });

  it('gives the speaker the Chinese notes', () => {
    const notes = zh.notes.filter(Boolean).map(html);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n).toMatch(HAN);
  });

  it('ends with the Chinese data room and as-of sentence', () => {
    const end = html(zh.bodies.at(-1));
    expect(end).toContain('数据室');
    expect(end).toContain('href="/zh/data"');
    expect(end).toMatch(/最新数据截至\d{4}年/);
  });

  it('charts get the Chinese copy where it is written (English until then)', () => {
    for (const c of Object.values(zh.charts)) expect(c.locale).toBe('zh');
  });
});
