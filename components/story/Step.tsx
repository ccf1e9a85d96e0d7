/** <Step id="..."> in MDX: one scroll step (and, in the deck, one slide). */
import type { Locale } from '@/lib/i18n/locale';
import type { ReactNode } from 'react';
import { ShareButton } from '@/components/share/ShareButton';

export function Step({ id, children, locale = 'en' }: { id: string; children: ReactNode; locale?: Locale }) {
  return (
    <section id={id} data-step className="step">
      <div className="step-card">
        {children}
        <ShareButton label="Share" hint="this step" hash={id} />
      </div>
    </section>
  );
}
