// Adds up the unit (vitest), browser (Playwright) and engine (tests/engines) JSON reports into one
// closing line. A missing report counts as a failure, as does an engine that could not be run.
import fs from 'node:fs';

const [unitFile, e2eFile, enginesFile] = process.argv.slice(2);
const read = (f) => (f && fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null);
const unit = read(unitFile);
const e2e = read(e2eFile);
const engines = read(enginesFile);
let passed = 0;
let failed = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else failed += 1;
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
} else failed += 1;
if (engines) {
  passed += engines.passed;
  failed += engines.failed;
} else failed += 1;

const engineLine = (r) => {
  const count = (s) => r.tests.filter((t) => t.status === s).length;
  const limits = count('known limit');
  return r.problem ? `${r.engine} NOT RUN (${r.problem})` : `${r.engine} ${r.version} ${count('passed')} passed, ${count('failed')} failed${limits ? `, ${limits} known limit` : ''}`;
};
const ran = engines ? engines.engines.map((r) => (r.problem ? `${r.engine} not run` : `${r.engine} ${r.version}`)).join(', ') : 'not run';

console.log(`\nUnit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'no report'}; browser: ${e2e ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed` : 'not run'}; engines: ${engines ? engines.engines.map(engineLine).join('; ') : 'not run'}`);
for (const l of engines?.limits ?? []) console.log(`Known limit: ${l}`);
console.log(`Summary: ${passed} passed, ${failed} failed (engines: ${ran})`);
process.exit(failed > 0 ? 1 : 0);
