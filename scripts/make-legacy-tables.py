#!/usr/bin/env python3
"""Writes src/data/legacy-encodings.json: TCVN3 (from glibc iconv TCVN5712-1) and VNI-Windows
(from its composition rules: base letter + mark characters). Run once; the JSON is committed."""
import json, subprocess, unicodedata, pathlib

nfc = lambda s: unicodedata.normalize('NFC', s)
tcvn3 = {}
for b in range(0xA1, 0x100):
    u = subprocess.run(['iconv', '-f', 'TCVN5712-1', '-t', 'UTF-8'], input=bytes([b]), capture_output=True).stdout.decode()
    if u and u != chr(b):
        tcvn3[chr(b)] = u
# pdf.js's text normalization (NFKC) turns the byte 0xB5 (µ, TCVN3 'à') into the Greek μ.
tcvn3['\u03bc'] = tcvn3['\u00b5']

TONES = {'ø': '\u0300', 'ù': '\u0301', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323'}
CIRC = {'â': '', 'á': '\u0301', 'à': '\u0300', 'å': '\u0309', 'ã': '\u0303', 'ä': '\u0323'}
BREVE = {'ê': '', 'é': '\u0301', 'è': '\u0300', 'ú': '\u0309', 'ü': '\u0303', 'ë': '\u0323'}
up = lambda d: {k.upper(): v for k, v in d.items()}
vni = {}
for base in 'aeouy':
    for m, c in TONES.items():
        vni[base + m] = nfc(base + c)
    for m, c in {**TONES, **up(TONES)}.items():
        vni[base.upper() + m] = nfc(base.upper() + c)
for base in 'aeo':
    for m, c in CIRC.items():
        vni[base + m] = nfc(base + '\u0302' + c)
    for m, c in {**CIRC, **up(CIRC)}.items():
        vni[base.upper() + m] = nfc(base.upper() + '\u0302' + c)
for m, c in BREVE.items():
    vni['a' + m] = nfc('a\u0306' + c)
for m, c in {**BREVE, **up(BREVE)}.items():
    vni['A' + m] = nfc('A\u0306' + c)
for ch, uni in (('ô', 'ơ'), ('ö', 'ư'), ('Ô', 'Ơ'), ('Ö', 'Ư')):
    vni[ch] = uni
    for m, c in ({**TONES, **up(TONES)} if ch.isupper() else TONES).items():
        vni[ch + m] = nfc(uni + c)
vni.update({'ñ': 'đ', 'Ñ': 'Đ', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'Æ': 'Ỉ', 'Ó': 'Ĩ', 'Ò': 'Ị', 'î': 'ỵ', 'Î': 'Ỵ'})

data = {
    '$comment': 'Legacy Vietnamese encodings → Unicode, written by scripts/make-legacy-tables.py. tcvn3: TCVN 5712 (VN1, a superset of the TCVN3/ABC .VnTime fonts) for bytes 0xA1–0xFF seen as Latin-1 characters, from glibc iconv. vni: VNI-Windows sequences (base letter + mark characters) from the VNI composition rules. Text in the capital-only fonts (.VnTimeH) comes out in lower case: the case lives in the font, not the codes. pdf.js normalizes the TCVN3 byte 0xB5 (µ, \'à\') to the Greek μ (U+03BC) and reads 0xAD (\'ư\') as \'-\', so μ is in the table and a hyphen inside a word is read as \'ư\' where that makes a syllable (src/text/legacy-encoding.ts).',
    'tcvn3': tcvn3,
    'vni': dict(sorted(vni.items(), key=lambda kv: (-len(kv[0]), kv[0]))),
}
out = pathlib.Path(__file__).resolve().parent.parent / 'src' / 'data' / 'legacy-encodings.json'
out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + '\n')
print(out, len(tcvn3), len(vni))
