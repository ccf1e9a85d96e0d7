/** The presenter's addresses (public URL contract: /present, /present/<slug>, /present/speaker; the same under /zh). */
import { localePath, type Locale } from '@/lib/i18n/locale';

export const DECK_PATH = '/present';
export const SPEAKER_SEGMENT = 'speaker';
export const SPEAKER_PATH = `${DECK_PATH}/${SPEAKER_SEGMENT}`;
/** The speaker view's window name: pressing S again brings the same window forward. */
export const SPEAKER_WINDOW = 'last-big-bet-speaker';

/** The deck of an edition: /present or /zh/present. */
export const deckPath = (locale: Locale) => localePath(DECK_PATH, locale);
/** The speaker view of an edition: /present/speaker or /zh/present/speaker. */
export const speakerPath = (locale: Locale) => localePath(SPEAKER_PATH, locale);
/** Each edition's speaker view has its own window, as it has its own channel (sync.ts channelName). */
export const speakerWindow = (locale: Locale) => (locale === 'en' ? SPEAKER_WINDOW : `${SPEAKER_WINDOW}-${locale}`);
