/**
 * Snapshot tests, Observable Plot's way: every chart is rendered in every state it declares to
 * static SVG (react-dom/server, as the server renders it into the page), normalised
 * (snapshot-svg.ts) and compared to the committed file
 * components/charts/__snapshots__/<chart>/<step-id>.svg (a chart with Chinese copy also in
 * <chart>/zh/<step-id>.svg). A state whose drawing depends on the
 * reader's progress (marks that grow in) is also compared at progress 0, as <step-id>.p0.svg.
 *
 * - A missing snapshot is written and the test FAILS: look at the new file, commit it, rerun.
 *   CI never passes by writing snapshots.
 * - A changed drawing FAILS and writes what it drew beside the snapshot as <name>.changed.svg
 *   (git-ignored). If the change is meant, accept it with `UPDATE_SNAPSHOTS=1 npx vitest run
 *   components/charts/snapshots.test.tsx` and commit the snapshots.
 * - A snapshot for a step the chart no longer declares FAILS as stale (delete it).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chartData } from '@/lib/charts/resolve';
import { chartNames, chartSpec, chartStepIds, type ChartName } from '@/lib/charts/specs';
import { LOCALES, type ChartProps } from '@/lib/charts/types';
import EuropeChart from './europe-2027/EuropeChart';
import HeadwindsChart from './headwinds/HeadwindsChart';
import LossPerCarChart from './LossPerCarChart';
import ProfitabilityChart from './profitability/ProfitabilityChart';
import TheLaunchChart from './the-launch/TheLaunchChart';
import YearsToProfitChart from './years-to-profit/YearsToProfitChart';
import TheBetChart from './the-bet/TheBetChart';
import { normaliseSvg } from './snapshot-svg';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const CHARTS: Record<ChartName, ComponentType<ChartProps<any, any>>> = {
  'loss-per-car': LossPerCarChart,
  'europe-2027': EuropeChart,
  headwinds: HeadwindsChart,
  'the-bet': TheBetChart,
  'the-launch': TheLaunchChart,
  profitability: ProfitabilityChart,
  'years-to-profit': YearsToProfitChart,
};

const DIR = path.join(process.cwd(), 'components', 'charts', '__snapshots__');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** Compares a drawing to its snapshot file; returns a problem, or null when it matches (or was accepted). */
function compare(file: string, drawn: string): string | null {
  const rel = path.relative(process.cwd(), file);
  const changed = file.replace(/\.svg$/, '.changed.svg');
  fs.rmSync(changed, { force: true });
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, drawn);
    return UPDATE ? null : `${rel}: no snapshot; wrote it. Check the drawing, commit the file and rerun.`;
  }
  if (fs.readFileSync(file, 'utf8') === drawn) return null;
  if (UPDATE) {
    fs.writeFileSync(file, drawn);
    return null;
  }
  fs.writeFileSync(changed, drawn);
  return `${rel}: the drawing changed (now in ${path.relative(process.cwd(), changed)}). If that is meant: UPDATE_SNAPSHOTS=1 npx vitest run components/charts/snapshots.test.tsx`;
}

describe('chart snapshots', () => {
  it('covers every chart', () => {
    expect(Object.keys(CHARTS).sort()).toEqual([...chartNames()].sort());
  });

  // English for every chart; another locale for each chart whose spec has its copy, in <chart>/<locale>/.
  const editions = (name: ChartName) => LOCALES.filter((l) => l === 'en' || chartSpec(name).copy[l]);
  for (const name of chartNames()) for (const edition of editions(name)) {
    it(`${name}${edition === 'en' ? '' : ` (${edition})`}: every declared state draws as its snapshot`, () => {
      const { data, copy, locale } = chartData(name, edition);
      const dir = edition === 'en' ? path.join(DIR, name) : path.join(DIR, name, edition);
      const Chart = CHARTS[name];
      const draw = (step: string, progress: number) => normaliseSvg(renderToStaticMarkup(<Chart data={data} copy={copy} locale={locale} step={step} progress={progress} />));
      const problems: string[] = [];
      const expected = new Set<string>();
      for (const step of chartStepIds(name)) {
        const full = draw(step, 1);
        const start = draw(step, 0);
        const files: [string, string][] = [[`${step}.svg`, full]];
        if (start !== full) files.push([`${step}.p0.svg`, start]);
        for (const [file, drawn] of files) {
          expected.add(file);
          const problem = compare(path.join(dir, file), drawn);
          if (problem) problems.push(problem);
        }
      }
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.svg') && !f.endsWith('.changed.svg') && !expected.has(f))) {
        if (UPDATE) fs.rmSync(path.join(dir, file));
        else problems.push(`${path.relative(process.cwd(), path.join(dir, file))}: stale, no such state; delete it`);
      }
      expect(problems).toEqual([]);
    });
  }
});
