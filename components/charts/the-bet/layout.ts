/**
 * Where the timeline's event labels go: each block (a title and its notes) wants to start level
 * with its dot; blocks are pushed down so none overlaps the one above, then pulled up from the
 * bottom edge if the last ones run off the chart. Pure, so it is unit-tested (layout.test.ts).
 */

export interface LabelBlock {
  key: string;
  /** Where the block would start: level with its mark. */
  top: number;
  height: number;
}

/** Each block's top, in the order given (top to bottom), `gap` apart, none below `bottom`. */
export function stackBlocks(blocks: readonly LabelBlock[], { gap, bottom }: { gap: number; bottom: number }): Map<string, number> {
  const tops = new Map<string, number>();
  let floor = 0;
  for (const b of blocks) {
    const top = Math.max(b.top, floor);
    tops.set(b.key, top);
    floor = top + b.height + gap;
  }
  let ceiling = bottom;
  for (const b of [...blocks].reverse()) {
    const top = Math.min(tops.get(b.key)!, ceiling - b.height);
    tops.set(b.key, top);
    ceiling = top - gap;
  }
  return tops;
}
