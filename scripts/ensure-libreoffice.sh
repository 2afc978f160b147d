#!/usr/bin/env bash
# Makes sure the rendering tests can run: Debian's LibreOffice Writer (headless DOCX → PDF),
# poppler-utils (pdftotext, pdftoppm) and system Thai fonts (the paper names Sarabun; LibreOffice
# falls back to a TLWG face of the same design when Sarabun itself is not installed).
# Uses apt-get only (sudo -n when not root). Idempotent; silent when there is nothing to do.
set -euo pipefail

PACKAGES=(libreoffice-writer poppler-utils fonts-thai-tlwg fonts-tlwg-laksaman-ttf)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for pkg in "${PACKAGES[@]}"; do
  installed "$pkg" || missing+=("$pkg")
done
if ! command -v soffice >/dev/null 2>&1 && [[ ! " ${missing[*]} " == *" libreoffice-writer "* ]]; then
  missing+=(libreoffice-writer)
fi
[ "${#missing[@]}" -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-libreoffice: missing ${missing[*]} and apt-get is not available; install them by hand" >&2
  exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "ensure-libreoffice: missing ${missing[*]}; run this script as root (no sudo found)" >&2
    exit 1
  fi
  # Never wait for a password: without one, fail at once.
  SUDO=(sudo -n)
fi

echo "ensure-libreoffice: installing ${missing[*]} with apt-get"
# Wait for another apt/dpkg run (up to 5 min) instead of failing on its lock.
APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { "${APT[@]}" update && "${APT[@]}" install -y --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "ensure-libreoffice: apt-get failed" >&2
  exit 1
fi

for tool in soffice pdftotext pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "ensure-libreoffice: $tool still missing after apt-get install" >&2
    exit 1
  fi
done
echo "ensure-libreoffice: done ($(soffice --version 2>/dev/null | head -n 1 || echo 'LibreOffice installed'))"
