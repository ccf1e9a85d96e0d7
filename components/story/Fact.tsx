/**
 * <Fact id="..."/> in MDX: prints a registry figure. Its measure, period and source sit in a
 * tooltip that opens on hover and on keyboard focus; a tap follows the link to the figure's row
 * in the data room, where every source is listed. `abs` prints the magnitude, for prose such as
 * "a loss of <Fact id=... abs/>". `alt={n}` prints the n-th alternative of a fact whose sources
 * differ, so a chapter can say what each source gives without typing the figure.
 */
import type { Locale } from '@/lib/i18n/locale';
import { useId } from 'react';
import { getFact, getSource } from '@/lib/registry';
import { alternativeText } from '@/lib/registry/alternative';
import { formatValue, formatDate } from '@/lib/registry/format';

const STATUS = { single: 'one source', agreed: 'sources agree', differ: 'sources differ', derived: 'derived' } as const;

export function Fact({ id, abs = false, alt, locale = 'en' }: { id: string; abs?: boolean; alt?: number; locale?: Locale }) {
  const fact = getFact(id);
  const tipId = useId();
  const alternative = alt === undefined ? undefined : fact.status.kind === 'differ' ? fact.status.alternatives[alt] : undefined;
  if (alt !== undefined && !alternative) throw new Error(`<Fact id="${id}" alt={${alt}}>: the fact has no alternative ${alt}`);
  // Alternatives print as the data room prints them (one printer: lib/registry/alternative.ts).
  const text = alternative
    ? alternativeText(fact, alternative, { abs })
    : formatValue({ ...fact, value: abs && typeof fact.value === 'number' ? Math.abs(fact.value) : fact.value });
  const first = getSource((alternative ?? fact).sources[0].source);
  const more = (alternative ?? fact).sources.length - 1;
  const how = fact.status.kind === 'derived' ? `Derived: ${fact.status.formula.text}. ` : '';
  return (
    <span className="fact" data-fact={id} data-status={fact.status.kind}>
      <a href={`/data#${id}`} className="fact-value" aria-describedby={tipId}>
        {text}
      </a>
      <span role="tooltip" id={tipId} className="fact-tip">
        {`${fact.label} (${fact.measure}, ${fact.period}). ${how}Source: ${first.publisher}, ${formatDate(first.date)}${more > 0 ? ` and ${more} more` : ''}; ${STATUS[fact.status.kind]}.`}
      </span>
    </span>
  );
}
