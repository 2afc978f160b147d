#!/usr/bin/env bash
# Makes sure the browser tests can run: Debian's Chromium at /usr/bin/chromium and a system Thai
# font (without one, Chromium draws boxes wherever the web font is not inherited).
# Never downloads a browser from elsewhere (no `playwright install`). Idempotent; silent when
# there is nothing to do.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
PACKAGES=(chromium fonts-tlwg-laksaman-ttf fonts-thai-tlwg)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
if [ ! -x "$CHROMIUM" ]; then
  missing+=(chromium)
fi
for pkg in "${PACKAGES[@]:1}"; do
  installed "$pkg" || missing+=("$pkg")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: missing ${missing[*]} and apt-get is not available; install them by hand" >&2
  exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "ensure-chromium: missing ${missing[*]}; run this script as root (no sudo found)" >&2
    exit 1
  fi
  # Without a terminal (CI), fail at once rather than wait for a password.
  if [ -t 0 ]; then SUDO=(sudo); else SUDO=(sudo -n); fi
fi

echo "ensure-chromium: installing ${missing[*]} with apt-get"
# Wait for another apt/dpkg run (up to 5 min) instead of failing on its lock.
APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { "${APT[@]}" update && "${APT[@]}" install -y --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "ensure-chromium: apt-get failed" >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: $CHROMIUM still missing after apt-get install" >&2
  exit 1
fi
echo "ensure-chromium: done ($("$CHROMIUM" --version 2>/dev/null || echo 'chromium installed'))"
