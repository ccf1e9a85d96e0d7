/**
 * <Step id="..."> in MDX: one scroll step (and, in the deck, one slide). Its height and scroll
 * margin follow the pinned chart and the viewport (story.css); on `wide:` screens the card sits
 * centred in a tall step beside the sticky chart.
 */
import type { ReactNode } from 'react';
import { ShareButton } from '@/components/share/ShareButton';
import { siteWords } from '@/content/ui/site';
import type { Locale } from '@/lib/i18n/locale';
import { wordsFor } from '@/lib/i18n/words';

export function Step({ id, children, locale = 'en' }: { id: string; children: ReactNode; locale?: Locale }) {
  const w = wordsFor(siteWords, locale);
  return (
    <section id={id} data-step className="step flex items-start px-3 pt-6 wide:items-center wide:p-4">
      <div className="step-card mx-auto w-full max-w-[30rem] rounded-md border border-rule bg-raised px-4 py-3 font-serif text-card leading-[1.6] [&_p]:my-[0.5em] wide:mx-0 wide:px-5 wide:py-4 wide:shadow-[0_2px_12px_rgb(0_0_0/0.08)]">
        {children}
        <ShareButton label={w['step.share']} hint={w['step.shareHint']} hash={id} locale={locale} className="mt-1 flex justify-end" />
      </div>
    </section>
  );
}
