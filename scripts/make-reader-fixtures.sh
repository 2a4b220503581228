#!/usr/bin/env bash
# Builds the reader test material that real files do not cover well enough, from files in the
# repository (fixtures/reports, fixtures/real-more); the outputs are committed, so tests need
# none of these tools. Needs poppler-utils, imagemagick, tesseract-ocr (eng) and LibreOffice.
#   fixtures/synthetic/mixed-orientation.pdf  a fixture report as DOCX whose last third is a
#       landscape section (Word's "Layout > Orientation" on a new section), exported by LibreOffice
#   fixtures/synthetic/eng-ocr-layer-scan.pdf  a real scan (real-more/19) run through
#       `tesseract -l eng … pdf`: the page image with an invisible English-model OCR layer,
#       the kind of fake text layer archives are full of
#   fixtures/images/  real scans as image files: PNG (bilevel), JPEG (grey), 2-page TIFF (Group 4)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
REAL="$ROOT/fixtures/real-more"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$ROOT/fixtures/synthetic" "$ROOT/fixtures/images"

# 1. Mixed orientation: portrait body, landscape from 70% of the body on.
mkdir "$TMP/docx"
(cd "$TMP/docx" && unzip -q "$ROOT/fixtures/reports/2022-12-13-bc-346-chuyen-doi-so.docx")
python3 - "$TMP/docx/word/document.xml" <<'PY'
import re, sys
path = sys.argv[1]
s = open(path, encoding='utf8').read()
body_sect = re.search(r'<w:sectPr>(.*?)</w:sectPr>\s*</w:body>', s, re.S)
portrait = body_sect.group(0).replace('</w:body>', '').strip()
# The paragraph boundary nearest 70% of the body, outside tables.
target = int(len(s) * 0.7)
ends = [m.end() for m in re.finditer(r'</w:p>', s) if s.rfind('<w:tbl>', 0, m.end()) <= s.rfind('</w:tbl>', 0, m.end())]
cut = min(ends, key=lambda e: abs(e - target))
section_break = '<w:p><w:pPr>' + portrait + '</w:pPr></w:p>'
landscape = portrait.replace('<w:pgSz w:h="16838" w:w="11906"/>', '<w:pgSz w:h="11906" w:w="16838" w:orient="landscape"/>')
assert landscape != portrait
s = s[:cut] + section_break + s[cut:]
last = s.rfind(portrait)
s = s[:last] + landscape + s[last + len(portrait):]
open(path, 'w', encoding='utf8').write(s)
PY
(cd "$TMP/docx" && zip -q -r "$TMP/mixed-orientation.docx" .)
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/mixed-orientation.docx" >/dev/null
cp "$TMP/mixed-orientation.pdf" "$ROOT/fixtures/synthetic/mixed-orientation.pdf"

# 2. A scan with an English-model OCR layer.
pdftoppm -r 200 -gray -png "$REAL/19_PT_CV4532-UBND-KSTTHC_ra-soat-TTHC_2011_scan.pdf" "$TMP/p19"
for f in "$TMP"/p19-*.png; do convert "$f" -quality 60 "${f%.png}.jpg"; done
ls "$TMP"/p19-*.jpg > "$TMP/pages.txt"
tesseract "$TMP/pages.txt" "$TMP/eng-ocr-layer-scan" -l eng --dpi 200 pdf >/dev/null 2>&1
cp "$TMP/eng-ocr-layer-scan.pdf" "$ROOT/fixtures/synthetic/eng-ocr-layer-scan.pdf"

# 3. Scans as image files.
convert "$TMP/p19-1.png" "$TMP/p19-2.png" -threshold 60% -compress Group4 "$ROOT/fixtures/images/19_PT_CV4532-UBND-KSTTHC_2011_scan.tif"
pdftoppm -r 150 -gray -f 1 -l 1 -png "$REAL/13_LD_GM560-UBND_chiso-PAR-PAPI_scan-badOCR.pdf" "$TMP/p13"
convert "$TMP/p13-1.png" -threshold 60% -type bilevel "$ROOT/fixtures/images/13_LD_GM560-UBND_scan.png"
pdftoppm -r 150 -gray -f 1 -l 1 -jpeg -jpegopt quality=70 "$REAL/17_TW_CV3980-C04-P6_CTMTQG-matuy_scan.pdf" "$TMP/p17"
cp "$TMP/p17-1.jpg" "$ROOT/fixtures/images/17_TW_CV3980-C04-P6_scan-page1.jpg"
ls -la "$ROOT/fixtures/synthetic" "$ROOT/fixtures/images"
