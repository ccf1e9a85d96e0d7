/**
 * One data-room row's cells, rendered on the server: the figure, its value, period, measure,
 * status (with every alternative value and who gives it, or the formula with links to its inputs),
 * its sources, and where the story uses it. `data-label` names each cell for the phone layout,
 * where rows reflow into cards. Every word is the edition's: the fact's own words from
 * lib/data-room/edition.ts, the interface's from content/ui/data.ts; source titles stay as published.
 */
import { Fragment, type ReactNode } from 'react';
import type { Fact } from '@/lib/registry';
import { getFact, getSource } from '@/lib/registry';
import { formatDate } from '@/lib/registry/format';
import type { Citation } from '@/lib/registry/schema';
import type { Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import { dataWords, type DataWords } from '@/content/ui/data';
import { chartCsvPath } from '@/lib/data-room/chart-rows';
import { alternativeIn, publisherIn, valueText, wordsOf } from '@/lib/data-room/edition';
import type { FactUsage, UseKind } from '@/lib/data-room/usage';
import { STATUS_WORD } from './rows';
import { columnNames } from './columns';

/**
 * Pieces joined as the edition lists them. Chinese ends a list with 和 (正文、图表和核心数字); the
 * English page has always listed these with commas only ("text, chart, headline figure"), and
 * stays as it was, so English uses list.lastSeparator only where its prose says "and" (Methods).
 */
export function joinList(items: ReactNode[], w: DataWords, locale: Locale): ReactNode {
  const last = locale === 'en' ? w['list.separator'] : w['list.lastSeparator'];
  return items.map((item, i) => (
    <Fragment key={i}>{i > 0 && (i === items.length - 1 ? last : w['list.separator'])}{item}</Fragment>
  ));
}

const pieces = (p: string | ReactNode[]) => (typeof p === 'string' ? p : p.map((x, i) => <Fragment key={i}>{x}</Fragment>));

function Cites({ cites, locale }: { cites: Citation[]; locale: Locale }) {
  const w = wordsFor(dataWords, locale);
  return (
    <ul className="cites">
      {cites.map((c) => {
        const s = getSource(c.source);
        const publisher = publisherIn(s.publisher, locale);
        return (
          <li key={c.source}>
            {s.url ? <a href={s.url} rel="noopener noreferrer">{publisher}</a> : <cite>{publisher}</cite>}
            {fill(w['cells.cite'], { title: s.title, date: formatDate(s.date, locale) })}
            {s.kind === 'document' && <span className="cite-kind text-muted">{w['cells.noPublicLink']}</span>}
            {c.quote && <q lang={s.language}>{c.quote}</q>}
          </li>
        );
      })}
    </ul>
  );
}

const OP = { divide: '÷', subtract: '−', add: '+', multiply: '×', percent: '÷' } as const;

function Status({ fact, locale }: { fact: Fact; locale: Locale }) {
  const w = wordsFor(dataWords, locale);
  const fw = wordsOf(fact, locale);
  const st = fact.status;
  if (st.kind === 'derived')
    return (
      <>
        <strong>{w[STATUS_WORD.derived]}</strong>{locale === 'zh' ? '：' : ': '}{fw.formula ?? st.formula.text}
        <p className="formula">
          {st.formula.inputs.map((id, i) => {
            const input = getFact(id);
            const iw = wordsOf(input, locale);
            return (
              <span key={id}>
                {i > 0 && ` ${OP[st.formula.op]} `}
                <a href={`#${id}`}>{fill(w['cells.input'], { label: iw.label, period: iw.period, text: locale === 'en' ? input.text : valueText(input, locale) })}</a>
              </span>
            );
          })}
        </p>
      </>
    );
  if (st.kind !== 'differ') return <strong>{w[STATUS_WORD[st.kind]]}</strong>;
  return (
    <>
      <strong>{w[STATUS_WORD.differ]}</strong>{locale === 'zh' ? '：' : ': '}{fw.differNote ?? st.note}
      <p className="alt-head font-semibold">{w['cells.otherValues']}</p>
      <ul className="alternatives list-disc pl-4">
        {st.alternatives.map((a, i) => {
          const note = a.note && (fw.alternativeNotes?.[i] ?? a.note);
          return (
            <li key={i}>
              <span className="alt-value font-semibold">{alternativeIn(fact, a, locale)}</span>
              {note && (locale === 'zh' ? `（${note}）` : ` (${note})`)}
              <Cites cites={a.sources} locale={locale} />
            </li>
          );
        })}
      </ul>
    </>
  );
}

const KIND_WORD: Record<UseKind, 'cells.kind.text' | 'cells.kind.chart' | 'cells.kind.headline'> = {
  text: 'cells.kind.text', chart: 'cells.kind.chart', headline: 'cells.kind.headline',
};

function UsedIn({ usage, locale }: { usage: FactUsage; locale: Locale }) {
  const w = wordsFor(dataWords, locale);
  const none = usage.chapters.length === 0;
  // "{label}, {period}": the same words Methods uses for a figure named in a list.
  const factLink = (id: string) => {
    const fw = wordsOf(getFact(id), locale);
    return <a href={`#${id}`}>{fill(w['methods.derived.row'], { label: fw.label, period: fw.period })}</a>;
  };
  return (
    <>
      {none ? <p className="unused text-muted">{w['cells.unused']}</p> : (
        <ul className="used-in">
          {usage.chapters.map((c) => (
            <li key={c.slug}>
              <a href={c.href}>{c.title}</a>{' '}
              <span className="use-kinds text-muted">{locale === 'zh' ? '（' : '('}{joinList(c.kinds.map((k) => w[KIND_WORD[k]]), w, locale)}{locale === 'zh' ? '）' : ')'}</span>
            </li>
          ))}
          {usage.charts.map((c) => (
            <li key={`${c.chapter}/${c.name}`}>
              {pieces(fill(w['cells.chart'], { title: <a href={c.href}>{c.title}</a>, csv: <a href={chartCsvPath(c.name, locale)} download>CSV</a> }))}
            </li>
          ))}
        </ul>
      )}
      {usage.inputTo.length > 0 && (
        <p className="input-to">
          {pieces(fill(w['cells.inputTo'], { facts: <>{joinList(usage.inputTo.map((id) => <Fragment key={id}>{factLink(id)}</Fragment>), w, locale)}</> }))}
        </p>
      )}
    </>
  );
}

export function FactCells({ fact, usage, locale }: { fact: Fact; usage: FactUsage; locale: Locale }) {
  const w = wordsFor(dataWords, locale);
  const fw = wordsOf(fact, locale);
  const label = columnNames(w);
  const note = fact.note && (fw.note ?? fact.note);
  return (
    <>
      <th scope="row" data-label={label[0]}>
        <span className="fact-label block font-semibold max-md:text-card">{fw.label}</span>
        <code className="fact-id mt-0.5 block text-[0.875em] text-muted">{fact.id}</code>
      </th>
      <td data-label={label[1]} className="fact-text font-semibold">{locale === 'en' ? fact.text : valueText(fact, locale)}</td>
      <td data-label={label[2]}>{fw.period}</td>
      <td data-label={label[3]}>{fw.measure}</td>
      <td data-label={label[4]} data-status={fact.status.kind}><Status fact={fact} locale={locale} /></td>
      <td data-label={label[5]}>
        {fact.status.kind === 'derived' && <p className="cite-lead font-semibold">{w['cells.fromInputs']}</p>}
        <Cites cites={fact.sources} locale={locale} />
        {note && <p className="fact-note text-muted">{note}</p>}
      </td>
      <td data-label={label[6]}><UsedIn usage={usage} locale={locale} /></td>
    </>
  );
}
