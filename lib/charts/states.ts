/**
 * A chart's states are a table keyed by step id, in story order (ChartSpec.states). These
 * helpers turn the active step id into the row to draw, and say which steps a chart declares.
 */

export interface ActiveState<S> {
  /** The active step id. */
  id: string;
  /** Its place in story order, 0-based (for "what did the step before show"). */
  index: number;
  state: S;
  /** The state of the step before, or undefined at the first step. */
  previous: S | undefined;
  /** Every step id the chart declares, in order. */
  ids: readonly string[];
}

/** Step ids in the order the table declares them. Integer-like keys would be reordered by JavaScript, so they are refused. */
export function stepIdsOf(chart: string, states: Readonly<Record<string, unknown>>): string[] {
  const ids = Object.keys(states);
  const bad = ids.find((id) => /^\d+$/.test(id));
  if (bad) throw new Error(`Chart "${chart}": step id "${bad}" is a bare number; object keys of that form lose their order`);
  return ids;
}

/** The row for `step`; throws naming the chart when the step has no state (the content check prevents it). */
export function stateAt<S>(chart: string, states: Readonly<Record<string, S>>, step: string): ActiveState<S> {
  const ids = stepIdsOf(chart, states);
  const index = ids.indexOf(step);
  if (index < 0) throw new Error(`Chart "${chart}": no state for step "${step}" (it declares ${ids.join(', ')})`);
  return { id: step, index, state: states[step], previous: index ? states[ids[index - 1]] : undefined, ids };
}
