/**
 * Path morphing for lines, areas and rules. WebKit ignores the CSS `d` property, so a path cannot
 * be left to a CSS transition; the `d` attribute is tweened in script instead.
 *
 * Two paths with the same commands (a rule that moves, a line whose points move) interpolate number
 * by number (d3's interpolateString). Paths with different commands or point counts (a line that
 * gains points) are flattened to polylines, the shorter one gets extra vertices on its longest
 * segments so its shape is unchanged, and vertices move pairwise. Either way t=0 gives exactly the
 * start and t=1 exactly the end.
 */
import { interpolateString } from 'd3-interpolate';

type Pt = [number, number];
const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;
const CURVE_STEPS = 8;

/** Flattens a path (M L H V Q C Z, absolute or relative) into one polyline per subpath. */
export function toPolylines(d: string): Pt[][] {
  const tokens = d.match(/[MLHVQCZ]|[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? [];
  const subpaths: Pt[][] = [];
  let current: Pt[] = [];
  let cmd = '';
  let at: Pt = [0, 0];
  let start: Pt = [0, 0];
  let i = 0;
  const num = () => Number(tokens[i++]);
  const isNum = () => i < tokens.length && !/^[a-z]$/i.test(tokens[i]);
  while (i < tokens.length) {
    if (!isNum()) cmd = tokens[i++];
    const rel = cmd === cmd.toLowerCase();
    const base = (p: Pt): Pt => (rel ? [at[0] + p[0], at[1] + p[1]] : p);
    switch (cmd.toUpperCase()) {
      case 'M': {
        at = base([num(), num()]);
        start = at;
        if (current.length) subpaths.push(current);
        current = [at];
        cmd = rel ? 'l' : 'L'; // numbers after a move are line-tos
        break;
      }
      case 'L': at = base([num(), num()]); current.push(at); break;
      case 'H': { const v = num(); at = [rel ? at[0] + v : v, at[1]]; current.push(at); break; }
      case 'V': { const v = num(); at = [at[0], rel ? at[1] + v : v]; current.push(at); break; }
      case 'Q':
      case 'C': {
        const n = cmd.toUpperCase() === 'Q' ? 2 : 3;
        const ctrl: Pt[] = [at];
        for (let k = 0; k < n; k++) ctrl.push(base([num(), num()]));
        for (let s = 1; s <= CURVE_STEPS; s++) current.push(bezier(ctrl, s / CURVE_STEPS));
        at = ctrl[ctrl.length - 1];
        break;
      }
      case 'Z': at = start; current.push(start); if (isNum()) cmd = 'L'; break;
      default: throw new Error(`path: unsupported command "${cmd}" in "${d}"`);
    }
  }
  if (current.length) subpaths.push(current);
  return subpaths;
}

function bezier(ctrl: Pt[], t: number): Pt {
  let pts = ctrl;
  while (pts.length > 1) pts = pts.slice(1).map((p, k) => [pts[k][0] + (p[0] - pts[k][0]) * t, pts[k][1] + (p[1] - pts[k][1]) * t]);
  return pts[0];
}

/** The same polyline with `n` vertices: extra ones split the longest segments, so the shape stays. */
export function withVertices(line: Pt[], n: number): Pt[] {
  if (line.length >= n) return line;
  if (line.length === 1) return Array.from({ length: n }, () => line[0]);
  const lengths = line.slice(1).map((p, k) => Math.hypot(p[0] - line[k][0], p[1] - line[k][1]));
  const total = lengths.reduce((a, b) => a + b, 0);
  const extra = n - line.length;
  // Share the extra vertices out in proportion to segment length (largest remainders first).
  const share = lengths.map((l) => (total > 0 ? (l / total) * extra : extra / lengths.length));
  const counts = share.map(Math.floor);
  let left = extra - counts.reduce((a, b) => a + b, 0);
  share.map((s, k) => [s - Math.floor(s), k] as const).sort((a, b) => b[0] - a[0]).forEach(([, k]) => { if (left-- > 0) counts[k]++; });
  const out: Pt[] = [line[0]];
  line.slice(1).forEach((p, k) => {
    const a = line[k];
    for (let j = 1; j <= counts[k]; j++) {
      const t = j / (counts[k] + 1);
      out.push([a[0] + (p[0] - a[0]) * t, a[1] + (p[1] - a[1]) * t]);
    }
    out.push(p);
  });
  return out;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** An interpolator from path `a` to path `b`: t in [0, 1] → a `d` string. */
export function interpolatePath(a: string, b: string): (t: number) => string {
  if (a === b) return () => b;
  if (a.replace(NUMBER, '#') === b.replace(NUMBER, '#')) {
    const mix = interpolateString(a, b);
    return (t) => (t <= 0 ? a : t >= 1 ? b : mix(t));
  }
  const from = toPolylines(a);
  const to = toPolylines(b);
  if (from.length !== to.length) return (t) => (t < 1 ? a : b); // no sensible pairing: change at the end
  const pairs = from.map((line, k) => {
    const n = Math.max(line.length, to[k].length);
    return [withVertices(line, n), withVertices(to[k], n)] as const;
  });
  return (t) => {
    if (t <= 0) return a;
    if (t >= 1) return b;
    return pairs
      .map(([p, q]) => `M${p.map((v, k) => `${round(v[0] + (q[k][0] - v[0]) * t)},${round(v[1] + (q[k][1] - v[1]) * t)}`).join('L')}`)
      .join('');
  };
}
