#!/usr/bin/env bash
# `npm test`: unit tests, the build, then browser tests against the built out/ folder: Playwright in
# Chromium, then the engine suite in Firefox and WebKit (tests/engines). Ends with one line
# "Summary: N passed, N failed (engines: ...)", which names the engines that ran.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 NO_UPDATE_CHECK=1
mkdir -p reports

CHROMIUM_PATH=$(bash scripts/find-chromium.sh) || { echo "Summary: 0 passed, 1 failed (no Chromium)"; exit 1; }
export CHROMIUM_PATH
echo "Using Chromium at $CHROMIUM_PATH"
# Firefox and WebKit for the engine suite; one that cannot be had is reported there as a failure.
bash scripts/engines/find-engines.sh || echo "Some engines are missing: the engine suite will report them as not run."

status=0
rm -f reports/unit.json reports/e2e.json reports/engines.json
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json || status=1
if npm run build; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e.json npx playwright test --reporter=list,json || status=1
  npx tsx scripts/engines/run.ts || status=1
else
  echo "The build failed: browser tests not run."
  status=1
fi
node scripts/test-summary.mjs reports/unit.json reports/e2e.json reports/engines.json || status=1
exit $status
