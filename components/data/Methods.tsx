/**
 * "How the figures were made": what the segment holds, the 2025 change of measure, how per-car
 * figures are derived, the figures-as-of date and how disagreements were settled. Every number
 * comes from the registry (through <Fact> or the registry's own text), never typed here; the prose
 * is the edition's (content/ui/data-methods.ts), with markup and figures as placeholders.
 */
import { Fragment, type ReactNode } from 'react';
import type { Fact as FactT } from '@/lib/registry';
import { getFact, getSeries, registry } from '@/lib/registry';
import { formatDate, formatPeriod, formatValue } from '@/lib/registry/format';
import { combine } from '@/lib/registry/build';
import type { Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import { valueText, wordsOf } from '@/lib/data-room/edition';
import { Fact, FACT_CLASS, FACT_VALUE_CLASS } from '@/components/story/Fact';
import { dataWords } from '@/content/ui/data';
import { story } from '@/content/story';
import { newestPeriod } from '@/lib/as-of';
import { STATUS_KINDS, STATUS_WORD } from './rows';
import { H2, H3, METHODS_CAPTION, METHODS_CELL, METHODS_HEAD, METHODS_TABLE } from './classes';

const OP = { divide: '÷', subtract: '−', add: '+', multiply: '×', percent: '÷' } as const;

function exactValue(f: FactT): number {
  if (f.status.kind !== 'derived') throw new Error(`${f.id} is not derived`);
  const { op, inputs } = f.status.formula;
  const values = inputs.map((id) => getFact(id).value as number);
  return combine(op, values);
}

/** The last period for which both the cars alone and the whole segment have a revenue figure. */
function revenuePair() {
  const ev = getSeries('ev-revenue').points;
  const seg = new Map(getSeries('segment-revenue').points.map((p) => [p.period, p]));
  const last = [...ev].reverse().find((p) => seg.has(p.period));
  return last ? { ev: last, segment: seg.get(last.period)! } : null;
}

function counts<K extends string>(keys: K[]): Map<K, number> {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

const pieces = (p: string | ReactNode[]) => (typeof p === 'string' ? p : p.map((x, i) => <Fragment key={i}>{x}</Fragment>));

export function Methods({ locale }: { locale: Locale }) {
  const w = wordsFor(dataWords, locale);
  const result = getSeries('segment-result').points.map((p) => getFact(p.factId));
  const renamedFrom = getSeries('segment-revenue').points.map((p) => getFact(p.factId)).find((f) => f.measure.includes('AI'));
  const pair = revenuePair();
  const derived = [...registry.facts.values()].filter((f) => f.status.kind === 'derived');
  const byStatus = counts([...registry.facts.values()].map((f) => f.status.kind));
  const byKind = counts([...registry.sources.values()].map((s) => s.kind));
  const n = (v: number) => formatValue({ value: v, unit: 'count' }, { locale });
  const text = (f: FactT) => (locale === 'en' ? f.text : valueText(f, locale));
  const period = (f: FactT) => wordsOf(f, locale).period;
  // English prints a figure through <Fact> (tooltip and link); the Chinese edition's figure is a
  // link to its row in this page, worded by the same formatter as the table.
  const figure = (id: string) => (locale === 'en' ? <Fact id={id} /> : <span className={FACT_CLASS} data-fact={id}><a href={`#${id}`} className={FACT_VALUE_CLASS}>{text(getFact(id))}</a></span>);
  const status = (k: (typeof STATUS_KINDS)[number]) => (locale === 'en' ? w[STATUS_WORD[k]].toLowerCase() : w[STATUS_WORD[k]]);
  const statuses = STATUS_KINDS.map((k, i, all) => (
    <span key={k}>{i > 0 && (i === all.length - 1 ? w['list.lastSeparator'] : w['list.separator'])}{fill(w['methods.rules.status'], { n: n(byStatus.get(k) ?? 0), status: status(k) })}</span>
  ));

  return (
    <section className="methods max-w-[46rem]" aria-labelledby="methods-heading">
      <h2 id="methods-heading" className={H2}>{w['methods.heading']}</h2>

      <h3 className={H3}>{w['methods.segment.heading']}</h3>
      <p className="my-3">
        {pieces(fill(w['methods.segment.text'], {
          renamedFrom: renamedFrom ? fill(w['methods.segment.renamedFrom'], { period: period(renamedFrom) }) : '',
          pair: pair ? <>{pieces(fill(w['methods.segment.pair'], { period: formatPeriod(pair.ev.period, locale), ev: figure(pair.ev.factId), segment: figure(pair.segment.factId) }))}</> : '',
        }))}
      </p>

      <h3 className={H3}>{w['methods.measure.heading']}</h3>
      <p className="my-3">
        {pieces(fill(w['methods.measure.text'], { adjusted: <em>{w['methods.measure.adjusted']}</em>, operating: <em>{w['methods.measure.operating']}</em> }))}
      </p>
      <table className={METHODS_TABLE}>
        <caption className={METHODS_CAPTION}>{w['methods.measure.caption']}</caption>
        <thead><tr><th scope="col" className={METHODS_HEAD}>{w['methods.measure.period']}</th><th scope="col" className={METHODS_HEAD}>{w['methods.measure.result']}</th><th scope="col" className={METHODS_HEAD}>{w['methods.measure.measure']}</th></tr></thead>
        <tbody>
          {result.map((f) => (
            <tr key={f.id}><th scope="row" className={METHODS_CELL}>{period(f)}</th><td className={METHODS_CELL}><a href={`#${f.id}`}>{text(f)}</a></td><td className={METHODS_CELL}>{wordsOf(f, locale).measure}</td></tr>
          ))}
        </tbody>
      </table>

      <h3 className={H3}>{w['methods.perCar.heading']}</h3>
      <p className="my-3">
        {pieces(fill(w['methods.perCar.text'], { reported: <strong>{w['methods.perCar.reported']}</strong>, derived: <strong>{w['methods.perCar.derived']}</strong> }))}
      </p>
      <div className="table-frame overflow-x-auto">
        <table className={METHODS_TABLE}>
          <caption className={METHODS_CAPTION}>{w['methods.derived.caption']}</caption>
          <thead><tr><th scope="col" className={METHODS_HEAD}>{w['methods.derived.figure']}</th><th scope="col" className={METHODS_HEAD}>{w['methods.derived.computation']}</th><th scope="col" className={METHODS_HEAD}>{w['methods.derived.exact']}</th><th scope="col" className={METHODS_HEAD}>{w['methods.derived.printed']}</th></tr></thead>
          <tbody>
            {derived.map((f) => {
              const formula = f.status.kind === 'derived' ? f.status.formula : null;
              return (
                <tr key={f.id}>
                  <th scope="row" className={METHODS_CELL}><a href={`#${f.id}`}>{fill(w['methods.derived.row'], { label: wordsOf(f, locale).label, period: period(f) })}</a></th>
                  <td className={METHODS_CELL}>{`${formula?.inputs.map((id, i) => `${i > 0 ? ` ${OP[formula.op]} ` : ''}${text(getFact(id))}`).join('') ?? ''}${formula?.op === 'percent' ? ' × 100' : ''}`}</td>
                  <td className={METHODS_CELL}>{formatValue({ value: exactValue(f), unit: f.unit, digits: 0 }, { locale })}</td>
                  <td className={METHODS_CELL}>{text(f)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3 className={H3}>{w['methods.current.heading']}</h3>
      <p className="my-3">{fill(w['methods.current.text'], { newest: formatPeriod(newestPeriod(), locale), checked: formatDate(story.figuresAsOf, locale) })}</p>

      <h3 className={H3}>{w['methods.rules.heading']}</h3>
      <p className="my-3">
        {pieces(fill(w['methods.rules.text'], {
          facts: n(registry.facts.size), sources: n(registry.sources.size),
          web: n(byKind.get('web') ?? 0), filing: n(byKind.get('filing') ?? 0), documents: n(byKind.get('document') ?? 0),
          statuses: <>{statuses}</>,
        }))}
      </p>
      <ul className="methods-rules list-disc pl-5">
        {(['methods.rules.1', 'methods.rules.2', 'methods.rules.3', 'methods.rules.4', 'methods.rules.5', 'methods.rules.6'] as const).map((k) => <li key={k} className="my-2">{w[k]}</li>)}
      </ul>
    </section>
  );
}
