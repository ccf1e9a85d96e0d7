#!/usr/bin/env bash
# Makes sure the engine suite's browsers are here, installing Debian's packages when they are not
# and this runs as root (as scripts/find-chromium.sh does for Chromium):
#   Firefox: firefox-esr (or $FIREFOX_PATH);
#   WebKit: webkit2gtk-driver (WebKitWebDriver and MiniBrowser) and xvfb (a display for it).
# Exits non-zero when one is still missing; the suite then reports that engine as not run, a failure.
set -uo pipefail
log() { echo "find-engines: $*" >&2; }

have_firefox() { [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ] || command -v firefox-esr >/dev/null || command -v firefox >/dev/null; }
have_minibrowser() {
  [ -n "${MINIBROWSER_PATH:-}" ] && [ -x "$MINIBROWSER_PATH" ] && return 0
  for m in /usr/lib/*/webkit2gtk-4.1/MiniBrowser /usr/libexec/webkit2gtk-4.1/MiniBrowser; do [ -x "$m" ] && return 0; done
  return 1
}
have_webkit() { { [ -n "${WEBKIT_DRIVER_PATH:-}" ] && [ -x "$WEBKIT_DRIVER_PATH" ] || command -v WebKitWebDriver >/dev/null; } && have_minibrowser; }
have_xvfb() { command -v Xvfb >/dev/null; }

missing=()
have_firefox || missing+=(firefox-esr)
have_webkit || missing+=(webkit2gtk-driver)
have_xvfb || missing+=(xvfb)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  log "installing ${missing[*]} with apt-get"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >&2
  missing=()
  have_firefox || missing+=(firefox-esr)
  have_webkit || missing+=(webkit2gtk-driver)
  have_xvfb || missing+=(xvfb)
  [ ${#missing[@]} -eq 0 ] && exit 0
fi
log "missing: ${missing[*]}. Install them (apt-get install -y ${missing[*]}) or set FIREFOX_PATH / WEBKIT_DRIVER_PATH / MINIBROWSER_PATH."
exit 1
