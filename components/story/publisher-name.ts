/** A publisher as an edition names it: the Chinese press's usual name where there is one (content/zh/sources.ts). */
import { publisherZh } from '@/content/zh/sources';
import type { Locale } from '@/lib/i18n/locale';

export function publisherName(publisher: string, locale: Locale): string {
  return locale === 'zh' ? (publisherZh[publisher] ?? publisher) : publisher;
}
