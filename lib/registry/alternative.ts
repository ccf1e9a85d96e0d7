/**
 * How a "sources differ" alternative is printed. It borrows the fact's scale when the unit is the
 * same (so 3.3 bn sits beside 3.3 bn, not beside 3,300,000,000) and as many decimals as the value
 * needs (the 8.8% beside 9.0%, the HK$38.88 beside HK$38.86), up to three. `locale` prints it in
 * that edition's form (formatValue's), with the same digits, so both editions show the same figure.
 */
import type { Locale } from '@/lib/i18n/locale';
import type { Fact } from '@/lib/registry';
import { formatValue } from '@/lib/registry/format';

type Alternative = Extract<Fact['status'], { kind: 'differ' }>['alternatives'][number];

const SCALE = { bn: 1e9, m: 1e6, k: 1e3 } as const;

function digitsFor(value: number, divisor: number, min: number): number {
  for (let d = min; d < 3; d++) {
    const scaled = value / divisor;
    if (Math.abs(Number(scaled.toFixed(d)) - scaled) < 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 3;
}

export function alternativeText(fact: Fact, alt: Alternative, { abs = false, locale = 'en', signWords = false }: { abs?: boolean; locale?: Locale; signWords?: boolean } = {}): string {
  if (typeof alt.value !== 'number') return formatValue({ value: alt.value, unit: 'date', qualifier: alt.qualifier }, { locale });
  const unit = alt.unit ?? fact.unit;
  const scale = unit === fact.unit ? fact.scale : undefined;
  const digits = digitsFor(alt.value, scale ? SCALE[scale] : 1, unit === fact.unit ? (fact.digits ?? 0) : 0);
  return formatValue({ value: abs ? Math.abs(alt.value) : alt.value, unit, scale, digits, qualifier: alt.qualifier }, { locale, signWords });
}
