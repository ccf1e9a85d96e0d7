/**
 * One data-room row's cells, rendered on the server: the figure, its value, period, measure,
 * status (with every alternative value and who gives it, or the formula with links to its inputs),
 * its sources, and where the story uses it. `data-label` names each cell for the phone layout,
 * where rows reflow into cards.
 */
import type { Fact } from '@/lib/registry';
import { getFact, getSource } from '@/lib/registry';
import { formatDate } from '@/lib/registry/format';
import type { Citation } from '@/lib/registry/schema';
import { alternativeText } from '@/lib/registry/alternative';
import { chartCsvPath } from '@/lib/data-room/chart-rows';
import type { FactUsage, UseKind } from '@/lib/data-room/usage';
import { STATUS_LABEL } from './rows';

import { COLUMN_NAMES as COLUMNS } from './columns';

function Cites({ cites }: { cites: Citation[] }) {
  return (
    <ul className="cites">
      {cites.map((c) => {
        const s = getSource(c.source);
        return (
          <li key={c.source}>
            {s.url ? <a href={s.url} rel="noopener noreferrer">{s.publisher}</a> : <cite>{s.publisher}</cite>}
            {`, ${s.title}, ${formatDate(s.date)}`}
            {s.kind === 'document' && <span className="cite-kind"> (source document, no public link)</span>}
            {c.quote && <q lang={s.language}>{c.quote}</q>}
          </li>
        );
      })}
    </ul>
  );
}

const OP = { divide: '÷', subtract: '−', add: '+', multiply: '×', percent: '÷' } as const;

function Status({ fact }: { fact: Fact }) {
  const st = fact.status;
  if (st.kind === 'derived')
    return (
      <>
        <strong>{STATUS_LABEL.derived}</strong>: {st.formula.text}
        <p className="formula">
          {st.formula.inputs.map((id, i) => {
            const input = getFact(id);
            return (
              <span key={id}>
                {i > 0 && ` ${OP[st.formula.op]} `}
                <a href={`#${id}`}>{`${input.label}, ${input.period} (${input.text})`}</a>
              </span>
            );
          })}
        </p>
      </>
    );
  if (st.kind !== 'differ') return <strong>{STATUS_LABEL[st.kind]}</strong>;
  return (
    <>
      <strong>{STATUS_LABEL.differ}</strong>: {st.note}
      <p className="alt-head">Other values:</p>
      <ul className="alternatives">
        {st.alternatives.map((a, i) => (
          <li key={i}>
            <span className="alt-value">{alternativeText(fact, a)}</span>
            {a.note && ` (${a.note})`}
            <Cites cites={a.sources} />
          </li>
        ))}
      </ul>
    </>
  );
}

const KIND_LABEL: Record<UseKind, string> = { text: 'text', chart: 'chart', headline: 'headline figure' };

function UsedIn({ usage }: { usage: FactUsage }) {
  const none = usage.chapters.length === 0;
  return (
    <>
      {none ? <p className="unused">Not printed on any page.</p> : (
        <ul className="used-in">
          {usage.chapters.map((c) => (
            <li key={c.slug}>
              <a href={c.href}>{c.title}</a> <span className="use-kinds">({c.kinds.map((k) => KIND_LABEL[k]).join(', ')})</span>
            </li>
          ))}
          {usage.charts.map((c) => (
            <li key={`${c.chapter}/${c.name}`}>
              Chart: <a href={c.href}>{c.title}</a> (<a href={chartCsvPath(c.name)} download>CSV</a>)
            </li>
          ))}
        </ul>
      )}
      {usage.inputTo.length > 0 && (
        <p className="input-to">
          Input to{' '}
          {usage.inputTo.map((id, i) => (
            <span key={id}>{i > 0 && ', '}<a href={`#${id}`}>{`${getFact(id).label}, ${getFact(id).period}`}</a></span>
          ))}
        </p>
      )}
    </>
  );
}

export function FactCells({ fact, usage }: { fact: Fact; usage: FactUsage }) {
  return (
    <>
      <th scope="row" data-label={COLUMNS[0]}>
        <span className="fact-label">{fact.label}</span>
        <code className="fact-id">{fact.id}</code>
      </th>
      <td data-label={COLUMNS[1]} className="fact-text">{fact.text}</td>
      <td data-label={COLUMNS[2]}>{fact.period}</td>
      <td data-label={COLUMNS[3]}>{fact.measure}</td>
      <td data-label={COLUMNS[4]} data-status={fact.status.kind}><Status fact={fact} /></td>
      <td data-label={COLUMNS[5]}>
        {fact.status.kind === 'derived' && <p className="cite-lead">From its inputs:</p>}
        <Cites cites={fact.sources} />
        {fact.note && <p className="fact-note">{fact.note}</p>}
      </td>
      <td data-label={COLUMNS[6]}><UsedIn usage={usage} /></td>
    </>
  );
}
