/**
 * Sharing a link: the system share sheet where the browser has one (phones, some desktops),
 * else the clipboard, else the reader copies the link by hand. Pure apart from the navigator it
 * is given, so every branch is unit-tested with a fake.
 */
export interface ShareTarget { url: string; title: string; text?: string }

/** The parts of `navigator` this uses; all optional, as browsers differ. */
export interface ShareNavigator {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  clipboard?: { writeText(text: string): Promise<void> };
}

/** shared: the sheet took it; cancelled: the reader closed the sheet; copied: on the clipboard; manual: nothing worked. */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'manual';

export async function shareOrCopy(target: ShareTarget, nav: ShareNavigator): Promise<ShareOutcome> {
  const data: ShareData = { url: target.url, title: target.title, ...(target.text ? { text: target.text } : {}) };
  if (typeof nav.share === 'function' && (typeof nav.canShare !== 'function' || nav.canShare(data))) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (e) {
      // Closing the sheet is a choice, not a failure: do not copy behind the reader's back.
      if ((e as { name?: string }).name === 'AbortError') return 'cancelled';
    }
  }
  if (nav.clipboard) {
    try {
      await nav.clipboard.writeText(target.url);
      return 'copied';
    } catch {
      // No permission or not a secure context: fall through to the hand-copy field.
    }
  }
  return 'manual';
}

/** The page's own address (wherever it is hosted) with an optional fragment, without any query. */
export function linkTo(location: Pick<Location, 'origin' | 'pathname'>, hash?: string): string {
  return `${location.origin}${location.pathname}${hash ? `#${hash}` : ''}`;
}
