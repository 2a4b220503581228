#!/usr/bin/env bash
# Converts the legacy .doc fixtures to plain text with LibreOffice, once, to serve as the
# independent reference the .doc reader is tested against (fixtures/real-expected/*.txt).
# Needs Debian's libreoffice-writer-nogui; the pipeline itself never calls LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
for f in fixtures/real/*.doc; do
  soffice --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$out" "$f" >/dev/null
  cp "$out/$(basename "${f%.doc}").txt" "fixtures/real-expected/$(basename "${f%.doc}").txt"
  echo "fixtures/real-expected/$(basename "${f%.doc}").txt"
done
rm -rf "$out"
