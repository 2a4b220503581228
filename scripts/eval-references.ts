/**
 * References of real documents against fixtures/golden/references-real.json, per document:
 * recall, spurious references, dates. Documents are read once and cached like eval-statements.
 * Usage: tsx scripts/eval-references.ts [--only STEM] [--no-cache] [--no-ocr]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processBuffer } from '../src/process.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { scoreReferences, type KeyRef } from '../test/support/references-eval.js';
import type { DocReference } from '../src/extract/document-references.js';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const key = JSON.parse(fs.readFileSync('fixtures/golden/references-real.json', 'utf8')).documents as Record<string, { own_number: string | null; references: KeyRef[] }>;
const cacheDir = path.join(os.tmpdir(), 'vnx-refs-cache');
fs.mkdirSync(cacheDir, { recursive: true });
const dirs = ['fixtures/real-more', 'fixtures/real', '../shared/real-more', '../shared/real'];

console.log('| document | status | key | found | recall | spurious | dates right |');
console.log('|---|---|---|---|---|---|---|');
const total = { key: 0, found: 0, spurious: 0, dated: 0, datesRight: 0 };
for (const [stem, doc] of Object.entries(key)) {
  if (only && !stem.startsWith(only)) continue;
  const dir = dirs.find((d) => fs.existsSync(path.join(d, `${stem}.pdf`)));
  if (!dir) {
    console.log(`| ${stem} | missing file | | | | | |`);
    continue;
  }
  const file = path.join(dir, `${stem}.pdf`);
  const cached = path.join(cacheDir, `${stem}.json`);
  let got: { status: string; references: DocReference[] };
  if (!args.includes('--no-cache') && fs.existsSync(cached)) got = JSON.parse(fs.readFileSync(cached, 'utf8'));
  else {
    const p = await processBuffer(fs.readFileSync(file), file, { ...DEFAULT_LIMITS, ocr: !args.includes('--no-ocr'), fileTimeoutMs: 900_000 });
    got = { status: p.document.status, references: p.references };
    fs.writeFileSync(cached, JSON.stringify(got));
  }
  const s = scoreReferences(got.references, doc.references, doc.own_number);
  total.key += s.key;
  total.found += s.found;
  total.spurious += s.spurious.length;
  total.dated += s.dated;
  total.datesRight += s.datesRight;
  const r = s.key ? (s.found / s.key).toFixed(2) : '-';
  console.log(`| ${stem.slice(0, 44)} | ${got.status} | ${s.key} | ${s.found} | ${r} | ${s.spurious.length} | ${s.datesRight}/${s.dated} |`);
  if (args.includes('--details')) {
    if (s.missed.length) console.log(`    missed: ${s.missed.join(', ')}`);
    if (s.spurious.length) console.log(`    spurious: ${s.spurious.join(', ')}`);
    if (s.wrongDates.length) console.log(`    dates: ${s.wrongDates.join('; ')}`);
  }
}
console.log(`| **all** | | ${total.key} | ${total.found} | ${(total.found / total.key).toFixed(3)} | ${total.spurious} | ${total.datesRight}/${total.dated} |`);
