/** <Step id="..."> in MDX: one scroll step (and, in the deck, one slide). */
import type { ReactNode } from 'react';
import { ShareButton } from '@/components/share/ShareButton';
import { siteWords } from '@/content/ui/site';
import type { Locale } from '@/lib/i18n/locale';
import { wordsFor } from '@/lib/i18n/words';

export function Step({ id, children, locale = 'en' }: { id: string; children: ReactNode; locale?: Locale }) {
  const w = wordsFor(siteWords, locale);
  return (
    <section id={id} data-step className="step">
      <div className="step-card">
        {children}
        <ShareButton label={w['step.share']} hint={w['step.shareHint']} hash={id} locale={locale} className="mt-1 flex justify-end" />
      </div>
    </section>
  );
}
