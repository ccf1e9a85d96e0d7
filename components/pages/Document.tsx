/**
 * The <html> of a page in one edition: its language (so screen readers and fonts switch to
 * Chinese under /zh), the self-hosted Inter, and the skip link. Each edition's root layout
 * (app/(en)/layout.tsx, app/zh/layout.tsx) is this and nothing else.
 */
import type { ReactNode } from 'react';
import { inter } from '@/app/fonts';
import { siteWords } from '@/content/ui/site';
import { HTML_LANG, type Locale } from '@/lib/i18n/locale';
import { wordsFor } from '@/lib/i18n/words';

export function Document({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={HTML_LANG[locale]} className={inter.variable}>
      <body>
        <a href="#main" className="skip-link absolute left-2 -top-12 z-50 bg-raised px-3 py-2 focus:top-2">
          {wordsFor(siteWords, locale)['layout.skipLink']}
        </a>
        {children}
      </body>
    </html>
  );
}
