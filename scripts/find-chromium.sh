#!/usr/bin/env bash
# Prints the path of a Chromium the browser tests can drive, installing one when there is none:
# 1. $CHROMIUM_PATH, Debian's /usr/bin/chromium, or a Chromium Playwright already downloaded;
# 2. else Playwright's own download (works where the internet allows it);
# 3. else, as root, Debian's package (apt-get install -y chromium).
set -uo pipefail
log() { echo "find-chromium: $*" >&2; }

playwright_own() {
  node -e "const p=require('playwright-core').chromium.executablePath(); if(require('fs').existsSync(p)) console.log(p); else process.exit(1)" 2>/dev/null
}

for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; exit 0; fi
done
if p=$(playwright_own); then echo "$p"; exit 0; fi

log "no Chromium found; trying Playwright's download"
if timeout 180 npx --no-install playwright install chromium >&2 2>&1 && p=$(playwright_own); then echo "$p"; exit 0; fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  log "Playwright's download failed; installing Debian's chromium with apt-get"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
  if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
fi
log "could not find or install Chromium. Install one (npx playwright install chromium, or apt-get install chromium) or set CHROMIUM_PATH."
exit 1
