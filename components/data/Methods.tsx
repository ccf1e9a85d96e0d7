/**
 * "How the figures were made": what the segment holds, the 2025 change of measure, how per-car
 * figures are derived, the figures-as-of date and how disagreements were settled. Every number
 * comes from the registry (through <Fact> or the registry's own text), never typed here.
 */
import type { Fact as FactT } from '@/lib/registry';
import { getFact, getSeries, registry } from '@/lib/registry';
import { formatDate, formatValue } from '@/lib/registry/format';
import { combine } from '@/lib/registry/build';
import { Fact } from '@/components/story/Fact';
import { story } from '@/content/story';
import { STATUS_LABEL, type StatusKind } from './rows';

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

export function Methods() {
  const result = getSeries('segment-result').points.map((p) => getFact(p.factId));
  const renamedFrom = getSeries('segment-revenue').points.map((p) => getFact(p.factId)).find((f) => f.measure.includes('AI'));
  const pair = revenuePair();
  const derived = [...registry.facts.values()].filter((f) => f.status.kind === 'derived');
  const byStatus = counts([...registry.facts.values()].map((f) => f.status.kind));
  const byKind = counts([...registry.sources.values()].map((s) => s.kind));
  const n = (v: number) => formatValue({ value: v, unit: 'count' });

  return (
    <section className="methods" aria-labelledby="methods-heading">
      <h2 id="methods-heading">How the figures were made</h2>

      <h3>What &ldquo;the car business&rdquo; means here</h3>
      <p>
        Xiaomi does not report its cars on their own. Their results sit in one reporting segment, called
        &ldquo;Smart EV and other new initiatives&rdquo; in 2024 and renamed &ldquo;Smart EV, AI and other new initiatives&rdquo;
        {renamedFrom && <> from {renamedFrom.period}</>}. That segment&rsquo;s revenue, gross margin and result include
        Xiaomi&rsquo;s AI work and its other new ventures, so no loss or profit in this story is a pure car figure.
        {pair && (
          <> Where the pages give revenue from the cars alone, the table lists it separately: in {pair.ev.period} the cars
            brought in <Fact id={pair.ev.factId} /> of the segment&rsquo;s <Fact id={pair.segment.factId} />.</>
        )}{' '}
        No page gives a profit or loss for the cars alone.
      </p>

      <h3>A change of measure in 2025</h3>
      <p>
        For 2024, Xiaomi gave the segment&rsquo;s <em>adjusted net loss</em>. From 2025 it gives the segment&rsquo;s{' '}
        <em>operating</em> loss or profit. They are different measures. Only the last quarter of 2024 is found under both
        names, because Xiaomi restated that loss as an operating loss when it compared it with early 2025; for the earlier
        2024 quarters only the adjusted net loss was found, and one news agency still called an early-2025 loss an adjusted
        net loss. Any line from 2024 into 2025, such as the loss per car, therefore joins two measures. The trend runs the
        same way on both sides of the change, and every row of the table names its measure.
      </p>
      <table className="methods-table">
        <caption>The segment&rsquo;s result, quarter by quarter, with the measure it was reported as</caption>
        <thead><tr><th scope="col">Period</th><th scope="col">Result</th><th scope="col">Measure</th></tr></thead>
        <tbody>
          {result.map((f) => (
            <tr key={f.id}><th scope="row">{f.period}</th><td><a href={`#${f.id}`}>{f.text}</a></td><td>{f.measure}</td></tr>
          ))}
        </tbody>
      </table>

      <h3>Per-car figures</h3>
      <p>
        Xiaomi never published a loss or profit per car. The story shows two kinds. <strong>Reported</strong> figures are
        what newspapers and sites printed. <strong>Derived</strong> figures are our own division: the segment&rsquo;s result for
        a quarter divided by the cars delivered in that quarter, rounded and marked &ldquo;about&rdquo;. Both spread the whole
        segment&rsquo;s result, AI included, over cars delivered (not cars built or ordered). The reported figures differ
        from ours in rounding and in currency, not in direction. Every derived figure in the registry:
      </p>
      <div className="table-frame">
        <table className="methods-table">
          <caption>Derived figures: how each is computed from its inputs</caption>
          <thead><tr><th scope="col">Figure</th><th scope="col">Computation</th><th scope="col">Exact result</th><th scope="col">Printed as</th></tr></thead>
          <tbody>
            {derived.map((f) => {
              const formula = f.status.kind === 'derived' ? f.status.formula : null;
              return (
                <tr key={f.id}>
                  <th scope="row"><a href={`#${f.id}`}>{`${f.label}, ${f.period}`}</a></th>
                  <td>{`${formula?.inputs.map((id, i) => `${i > 0 ? ` ${OP[formula.op]} ` : ''}${getFact(id).text}`).join('') ?? ''}${formula?.op === 'percent' ? ' × 100' : ''}`}</td>
                  <td>{formatValue({ value: exactValue(f), unit: f.unit, digits: 0 })}</td>
                  <td>{f.text}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3>Figures as of {formatDate(story.figuresAsOf)}</h3>
      <p>
        Every figure was last checked against its sources on {formatDate(story.figuresAsOf)}. Results published after that
        date are not in the story. Where no source gave a figure, for instance an average selling price for the fourth
        quarter of 2024 alone, the story says so rather than estimating one.
      </p>

      <h3>How disagreements were settled</h3>
      <p>
        The registry holds {n(registry.facts.size)} figures from {n(registry.sources.size)} sources:{' '}
        {n(byKind.get('web') ?? 0)} public web pages, {n(byKind.get('filing') ?? 0)} official releases and{' '}
        {n(byKind.get('document') ?? 0)} source documents supplied with the project, which have no public link.
        Of the figures, {(Object.keys(STATUS_LABEL) as StatusKind[]).map((k, i, all) => (
          <span key={k}>{i > 0 && (i === all.length - 1 ? ' and ' : ', ')}{n(byStatus.get(k) ?? 0)} are &ldquo;{STATUS_LABEL[k].toLowerCase()}&rdquo;</span>
        ))}. The rules:
      </p>
      <ul className="methods-rules">
        <li>A figure is kept at the value that traces back to Xiaomi&rsquo;s own results, or that independent pages agree on.</li>
        <li>When sources differ only in rounding, currency or base (the whole segment against the cars alone), the row keeps one value and lists every other, with who gives it and why it differs.</li>
        <li>Plain mistakes, such as a decimal point in the wrong place, a wrong year or a price from a different launch, are named in the row and never used.</li>
        <li>When the same amount appears under two measure names, the row keeps the name Xiaomi used at the time and notes the other.</li>
        <li>A figure that only the source documents give, and no public page confirms, is shown as an alternative, not as the main value.</li>
        <li>A derived figure is always marked as derived, shows its formula and inputs, and cites its inputs&rsquo; sources.</li>
      </ul>
    </section>
  );
}
