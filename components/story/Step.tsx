/** <Step id="..."> in MDX: one scroll step (and, in the deck, one slide). */
import type { ReactNode } from 'react';
import { ShareButton } from '@/components/share/ShareButton';

export function Step({ id, children }: { id: string; children: ReactNode }) {
  return (
    <section id={id} data-step className="step">
      <div className="step-card">
        {children}
        <ShareButton label="Share" hint="this step" hash={id} className="mt-1 flex justify-end" />
      </div>
    </section>
  );
}
