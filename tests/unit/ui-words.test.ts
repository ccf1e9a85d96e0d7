/**
 * The interface word tables (content/ui/*.ts): the Chinese side is written (Han characters, unless
 * the word is deliberately Latin), both sides take the same placeholders, and the English side is
 * what the components print today: every English string, or each literal run of a template, is
 * found in the source of the file its group's comment names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholders } from '@/lib/i18n/words';
import { siteWords } from '@/content/ui/site';
import { deckWords } from '@/content/ui/deck';
import { dataWords } from '@/content/ui/data';
import { metaWords, countWords } from '@/content/ui/meta';

const ROOT = path.resolve(__dirname, '../..');
const UI = path.join(ROOT, 'content/ui');
const TABLES = { site: siteWords, deck: deckWords, data: dataWords, meta: metaWords } as Record<string, { en: Record<string, string>; zh: Record<string, string> }>;

/** zh values that are rightly written in Latin letters: the other edition's name, locale codes. */
const LATIN = new Set(['site:language.switch', 'meta:site.ogLocale', 'meta:jsonLd.inLanguage']);

/** en values the code builds from pieces today, so no single run of the source holds them. */
const BUILT_IN_CODE = new Set([
  'deck:printBar.backToDeck', // `Back to the ${withNotes ? 'speaker view' : 'deck'}`
  'deck:printBar.backToSpeaker',
  'deck:handout.titleWithNotes', // `: handout${notes ? ' with speaker notes' : ''}`
]);

/** For each key of each table file's English side, the component files its group comment names. */
function groupFiles(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of fs.readdirSync(UI).filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(UI, file), 'utf8');
    const en = text.slice(text.indexOf('en: {'), text.indexOf('zh: {'));
    let files: string[] = [];
    for (const line of en.split('\n')) {
      const named = line.trim().startsWith('//') ? line.match(/(?:app|components|lib|content)\/[\w[\]()/.-]+\.tsx?/g) : null;
      if (named) files = named;
      const key = /^\s*'([\w.]+)':/.exec(line);
      if (key) out.set(key[1], files);
    }
  }
  return out;
}

/** Source as the reader gets it: entities decoded, {' '} a space, whitespace collapsed. */
function readable(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), 'utf8')
    .replace(/&apos;/g, "'").replace(/&rsquo;/g, '’').replace(/&lsquo;/g, '‘').replace(/&ldquo;/g, '“').replace(/&rdquo;/g, '”')
    .replace(/\{' '\}/g, ' ').replace(/\s+/g, ' ');
}

const hasLetters = (s: string) => /[A-Za-z]/.test(s.replace(/\{\w+\}|%s/g, ''));
const HAN = /\p{Script=Han}/u;
/** Names Chinese readers see in Latin letters too (file formats, keys). */
const LATIN_WORDS = /\b(CSV|JSON|PDF|UTF-8|JavaScript|Shift|SU7|AI)\b/g;

describe('interface words', () => {
  const groups = groupFiles();

  for (const [area, table] of Object.entries(TABLES)) {
    describe(area, () => {
      it('has the same keys on both sides, every one under a comment naming its file', () => {
        expect(Object.keys(table.zh).sort()).toEqual(Object.keys(table.en).sort());
        for (const key of Object.keys(table.en)) expect(groups.get(key), key).toBeTruthy();
      });

      it('writes every Chinese string in Chinese, unless it is deliberately Latin', () => {
        for (const [key, zh] of Object.entries(table.zh)) {
          expect(zh.trim(), key).not.toBe('');
          if (LATIN.has(`${area}:${key}`)) continue;
          // A template of placeholders, punctuation and format names only ('{title}：{subtitle}',
          // '{download}（CSV）· {sources}') has nothing left to translate.
          if (HAN.test(zh)) continue;
          expect(hasLetters(zh.replace(LATIN_WORDS, '')), `${key}: ${zh}`).toBe(false);
        }
      });

      it('gives both sides of a template the same placeholders', () => {
        for (const [key, en] of Object.entries(table.en))
          expect(new Set(placeholders(table.zh[key])), key).toEqual(new Set(placeholders(en)));
      });

      // A key is in use where its comment says: that file either looks the key up (once wired to
      // the tables) or still prints the English words itself. A key no file uses fails here.
      it('is used by the file its comment names', () => {
        const checked: string[] = [];
        for (const [key, en] of Object.entries(table.en)) {
          if (BUILT_IN_CODE.has(`${area}:${key}`) || !hasLetters(en)) continue;
          const source = groups.get(key)!.map(readable).join(' ');
          if (source.includes(`'${key}'`) || source.includes(`"${key}"`)) {
            checked.push(key);
            continue;
          }
          // Each literal run between placeholders, trimmed: the code puts its own markup around them.
          for (const run of en.split(/\{\w+\}/).map((r) => r.replace(/\s+/g, ' ').trim()).filter(hasLetters))
            expect(source.includes(run), `${key}: "${run}" is not in ${groups.get(key)!.join(', ')}`).toBe(true);
          checked.push(key);
        }
        expect(checked.length).toBeGreaterThan(Object.keys(table.en).length / 2);
      });
    });
  }

  it('names only real keys in its exception lists', () => {
    for (const name of [...LATIN, ...BUILT_IN_CODE]) {
      const [area, key] = name.split(':');
      expect(TABLES[area]?.en[key], name).toBeDefined();
    }
  });

  it('counts chapters in words in both languages', () => {
    expect(countWords.zh).toHaveLength(countWords.en.length);
    expect(countWords.en).toEqual(['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
    for (const w of countWords.zh) expect(HAN.test(w)).toBe(true);
    expect(readable('lib/social-card.ts')).toContain(countWords.en.map((w) => `'${w}'`).join(', '));
  });
});
