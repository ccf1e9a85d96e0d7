/**
 * Normalises a chart's server-rendered markup for snapshot comparison (snapshots.test.tsx), the
 * way Observable Plot compares its SVG snapshots: what is compared is the drawing, not incidental
 * serialisation. So attributes (and the declarations in a style attribute) are sorted, numbers are
 * rounded to 2 decimals (a refactor that computes 61.0000001 instead of 61 draws the same chart),
 * React's generated ids are replaced by a stable name, and every tag goes on its own indented line
 * so a failing snapshot shows a readable diff.
 */

const TOKEN = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>|[^<]+/g;
const ATTR = /([^\s=/>]+)(?:="([^"]*)")?/g;

/** 61.0000001 → "61", 12.3456 → "12.35", -0.001 → "0". */
export function roundNumbers(text: string): string {
  return text.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => {
    const r = Number(Number(n).toFixed(2));
    return String(Object.is(r, -0) ? 0 : r);
  });
}

function normaliseStyle(style: string): string {
  return style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .sort()
    .join(';');
}

function normaliseTag(tag: string): string {
  const closing = tag.startsWith('</');
  const selfClosing = tag.endsWith('/>');
  const inner = tag.slice(closing ? 2 : 1, selfClosing ? -2 : -1).trim();
  const name = inner.split(/\s/, 1)[0];
  if (closing) return `</${name}>`;
  const attrs = [...inner.slice(name.length).matchAll(ATTR)].map(([, key, value]) => {
    if (value === undefined) return key;
    const v = key === 'style' ? normaliseStyle(value) : value;
    return `${key}="${roundNumbers(v)}"`;
  });
  attrs.sort();
  return `<${[name, ...attrs].join(' ')}${selfClosing ? '/>' : '>'}`;
}

/** React's useId values (`_R_1a_`, older `«r0»` and `:r0:`) → "rid". */
function stripReactIds(html: string): string {
  return html.replace(/_R_[0-9a-zA-Z]*_/g, 'rid').replace(/«r[0-9a-z]*»/g, 'rid').replace(/:r[0-9a-z]+:/g, 'rid');
}

export function normaliseSvg(html: string): string {
  const lines: string[] = [];
  let depth = 0;
  for (const [token] of stripReactIds(html).matchAll(TOKEN)) {
    if (token.startsWith('<!--')) continue;
    if (token.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push(`${'  '.repeat(depth)}${normaliseTag(token)}`);
    } else if (token.startsWith('<')) {
      lines.push(`${'  '.repeat(depth)}${normaliseTag(token)}`);
      if (!token.endsWith('/>')) depth++;
    } else if (token.trim()) {
      lines.push(`${'  '.repeat(depth)}${token.trim()}`);
    }
  }
  return lines.join('\n') + '\n';
}
