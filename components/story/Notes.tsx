/** <Notes> in MDX: speaker notes. Readers never see them; the deck swaps in its own Notes. */
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locale';

export function Notes(_props: { children?: ReactNode; locale?: Locale }): null {
  return null;
}
