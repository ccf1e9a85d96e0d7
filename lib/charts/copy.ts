/**
 * Chart copy is plain strings with named blanks ("On {date} Xiaomi announced…"), so a
 * translation can put the figures where its grammar wants them, and copy travels from the
 * server to the chart as JSON. The figures that fill the blanks are printed by
 * lib/registry/format.ts (a point's `text`, formatCompact, formatDate).
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`Chart copy: no value for {${name}} in "${template}"`);
    return String(values[name]);
  });
}
