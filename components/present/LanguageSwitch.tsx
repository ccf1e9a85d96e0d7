'use client';
/**
 * The deck's language switch: a link to the same slide in the other edition (/present/<slug>#<step>
 * ⇄ /zh/present/<slug>#<step>; both editions name their slides by the same step ids). Its href
 * follows the slide on the stage, so following it mid-talk lands where the room is. The link text
 * is the other edition's name in its own language, marked with that language (lang on the text, so
 * fonts and speech get it right). After it, for screen readers only, what the link does in this
 * edition's language: the accessible name is both, and begins with the visible word, as a voice
 * command that names what it sees ("click 中文") needs (WCAG 2.5.3, label in name).
 */
import { HTML_LANG, type Locale } from '@/lib/i18n/locale';
import { deckPath } from './routes';
import { hashFor } from './slide-url';

export interface SwitchWords {
  /** The other edition's name, in its language ('中文', 'English'). */
  text: string;
  /** What following the link does, in this edition's language. */
  name: string;
}

/** The same slide's address in the other edition: the chapter's deck (or the whole deck for the end slide) at its key. */
export function otherEditionHref(locale: Locale, chapter: string, slideKey: string): string {
  const other: Locale = locale === 'en' ? 'zh' : 'en';
  return `${deckPath(other)}${chapter ? `/${chapter}` : ''}${hashFor({ key: slideKey })}`;
}

export function LanguageSwitch({ locale, words, chapter, slideKey }: { locale: Locale; words: SwitchWords; chapter: string; slideKey: string }) {
  const other: Locale = locale === 'en' ? 'zh' : 'en';
  return (
    <a href={otherEditionHref(locale, chapter, slideKey)} className="deck-language" hrefLang={HTML_LANG[other]} title={words.name}>
      <span lang={HTML_LANG[other]}>{words.text}</span>
      <span className="sr-only">{` ${words.name}`}</span>
    </a>
  );
}
