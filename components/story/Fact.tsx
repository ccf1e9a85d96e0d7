/**
 * <Fact id="..."/> in MDX: prints a registry figure. Its measure, period and source sit in a
 * tooltip that opens on hover and on keyboard focus; a tap follows the link to the figure's row
 * in the data room, where every source is listed. `abs` prints the magnitude, for prose such as
 * "a loss of <Fact id=... abs/>". `alt={n}` prints the n-th alternative of a fact whose sources
 * differ, so a chapter can say what each source gives without typing the figure.
 * `locale` prints the figure, its words and the link in that edition (mdxComponents binds it).
 */
import { useId } from 'react';
import { factWordingZh } from '@/content/zh/facts';
import { siteWords } from '@/content/ui/site';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import { getFact, getSource } from '@/lib/registry';
import { alternativeText } from '@/lib/registry/alternative';
import { formatValue, formatDate } from '@/lib/registry/format';
import { factWords } from '@/lib/registry/wording';
import { publisherName } from './publisher-name';

const STATUS_KEY = {
  single: 'fact.status.single',
  agreed: 'fact.status.agreed',
  differ: 'fact.status.differ',
  derived: 'fact.status.derived',
} as const;

/** The figure's wrapper and link; the Chinese data room's methods print figures with the same look. */
export const FACT_CLASS = 'fact group relative whitespace-nowrap';
export const FACT_VALUE_CLASS = 'fact-value font-semibold text-inherit underline decoration-accent decoration-dotted decoration-2';

export function Fact({ id, abs = false, alt, locale = 'en' }: { id: string; abs?: boolean; alt?: number; locale?: Locale }) {
  const fact = getFact(id);
  const tipId = useId();
  const w = wordsFor(siteWords, locale);
  const words = factWords(fact, locale, factWordingZh);
  const alternative = alt === undefined ? undefined : fact.status.kind === 'differ' ? fact.status.alternatives[alt] : undefined;
  if (alt !== undefined && !alternative) throw new Error(`<Fact id="${id}" alt={${alt}}>: the fact has no alternative ${alt}`);
  // Alternatives print as the data room prints them (one printer: lib/registry/alternative.ts).
  const text = alternative
    ? alternativeText(fact, alternative, { abs, locale })
    : formatValue({ ...fact, value: abs && typeof fact.value === 'number' ? Math.abs(fact.value) : fact.value }, { locale });
  const first = getSource((alternative ?? fact).sources[0].source);
  const more = (alternative ?? fact).sources.length - 1;
  const tip = fill(w['fact.tip'], {
    label: words.label,
    measure: words.measure,
    period: words.period,
    how: fact.status.kind === 'derived' ? fill(w['fact.derived'], { formula: words.formula ?? fact.status.formula.text }) : '',
    publisher: publisherName(first.publisher, locale),
    date: formatDate(first.date, locale),
    more: more > 0 ? fill(w['fact.more'], { n: more }) : '',
    status: w[STATUS_KEY[fact.status.kind]],
  });
  return (
    <span className={FACT_CLASS} data-fact={id} data-status={fact.status.kind}>
      <a href={`${localePath('/data', locale)}#${id}`} className={FACT_VALUE_CLASS} aria-describedby={tipId}>
        {text}
      </a>
      {/* Shown with display, not visibility: a hidden tip must not widen the page on a phone.
          group-[:hover], not group-hover: Tailwind's hover applies only where the device hovers. */}
      <span
        role="tooltip"
        id={tipId}
        className="fact-tip pointer-events-none absolute bottom-[calc(100%+6px)] left-1/2 z-20 hidden w-max max-w-[min(22rem,80vw)] -translate-x-1/2 rounded-sm bg-ink px-2.5 py-2 font-sans text-caption leading-[1.4] font-normal whitespace-normal text-bg not-italic group-focus-within:block group-[:hover]:block"
      >
        {tip}
      </span>
    </span>
  );
}
