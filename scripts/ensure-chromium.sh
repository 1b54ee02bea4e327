#!/usr/bin/env bash
# Makes Debian's chromium available for the task pane's browser tests, with a font for Chinese
# (the tests render and photograph the Chinese interface), and prints the path of the browser as
# the last line of stdout. Everything else goes to stderr.
#
#   CHROMIUM_PATH set          -> checked and printed as is; nothing is installed.
#   /usr/bin/chromium and a Chinese font present -> printed.
#   otherwise (Debian, root)   -> installs `chromium` and `fonts-wqy-microhei` with apt-get.
#
# Never downloads a browser of its own: playwright-core drives the distribution's chromium.
# Concurrent runs (several `npm test` at once) are serialised with flock.
set -euo pipefail

DEFAULT=/usr/bin/chromium
PACKAGES=(chromium fonts-wqy-microhei)
LOCK_FILE=/run/lock/touchpoint-ensure-chromium.lock

say() { echo "ensure-chromium: $*" >&2; }
die() { echo "ensure-chromium: $*" >&2; exit 1; }

works() { [[ -x $1 ]] && "$1" --headless --no-sandbox --version >/dev/null 2>&1; }
has_cjk_font() { command -v fc-list >/dev/null 2>&1 && [[ -n $(fc-list :lang=zh 2>/dev/null | head -n 1) ]]; }

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  works "$CHROMIUM_PATH" || die "CHROMIUM_PATH=$CHROMIUM_PATH is not a chromium that runs (\`$CHROMIUM_PATH --version\` failed)"
  has_cjk_font || say "warning: no Chinese font (fc-list :lang=zh): the Chinese screenshots will show boxes"
  echo "$CHROMIUM_PATH"
  exit 0
fi

if works "$DEFAULT" && has_cjk_font; then
  echo "$DEFAULT"
  exit 0
fi

if [[ $EUID -ne 0 ]]; then
  die "chromium or a Chinese font is missing. Install them with \`sudo apt-get install ${PACKAGES[*]}\`,
  or point the tests at an existing chromium: CHROMIUM_PATH=/path/to/chromium npm test"
fi
command -v apt-get >/dev/null 2>&1 || die "chromium is missing and there is no apt-get to install it; set CHROMIUM_PATH=/path/to/chromium"

mkdir -p "$(dirname "$LOCK_FILE")"
exec 9>"$LOCK_FILE"
flock -w 900 9 || die "timed out waiting for another ensure-chromium run (lock $LOCK_FILE)"

if ! works "$DEFAULT" || ! has_cjk_font; then
  say "installing ${PACKAGES[*]} with apt-get (a minute or two)..."
  log=$(mktemp /tmp/ensure-chromium.XXXXXX.log)
  # Another apt-get (ensure-postgres.sh) may hold the dpkg lock: wait for it rather than fail.
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${PACKAGES[@]}"; } >"$log" 2>&1 9>&-; then
    tail -n 30 "$log" >&2
    die "apt-get install ${PACKAGES[*]} failed (full log: $log)"
  fi
  rm -f "$log"
  works "$DEFAULT" || die "chromium was installed but \`$DEFAULT --version\` still fails"
  has_cjk_font || die "fonts-wqy-microhei was installed but fontconfig lists no Chinese font (fc-list :lang=zh)"
fi

echo "$DEFAULT"
