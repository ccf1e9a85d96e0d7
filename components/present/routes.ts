/** The presenter's addresses (public URL contract: /present, /present/<slug>, /present/speaker). */
export const DECK_PATH = '/present';
export const SPEAKER_SEGMENT = 'speaker';
export const SPEAKER_PATH = `${DECK_PATH}/${SPEAKER_SEGMENT}`;
/** The speaker view's window name: pressing S again brings the same window forward. */
export const SPEAKER_WINDOW = 'last-big-bet-speaker';
