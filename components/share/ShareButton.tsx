/**
 * "Share": the share control (ShareControl, the client half) with its words in the page's
 * edition. The link it shares is the page's own address, so a /zh page shares its /zh URL.
 */
import type { ComponentProps } from 'react';
import { siteWords } from '@/content/ui/site';
import type { Locale } from '@/lib/i18n/locale';
import { wordsFor } from '@/lib/i18n/words';
import { ShareControl } from './ShareControl';

export function ShareButton({ locale = 'en', ...props }: Omit<ComponentProps<typeof ShareControl>, 'words'> & {
  /** The edition: its words for the copied and hand-copy states. */
  locale?: Locale;
}) {
  const w = wordsFor(siteWords, locale);
  return <ShareControl {...props} words={{ copied: w['share.copied'], manual: w['share.manual'], linkLabel: w['share.linkLabel'] }} />;
}
