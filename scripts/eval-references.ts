/**
 * References of real documents against a hand-made key (default fixtures/golden/references-real.json,
 * the development key; fixtures/golden/references-heldout.json is the held-out one), per document:
 * recall, spurious references, dates. A key's stem is looked up as .pdf, .docx or .doc. Documents are
 * read once and cached like eval-statements, in a cache directory per key file.
 * Usage: tsx scripts/eval-references.ts [--keys FILE] [--only STEM] [--no-cache] [--no-ocr] [--details]
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
const keysFile = args.includes('--keys') ? args[args.indexOf('--keys') + 1] : 'fixtures/golden/references-real.json';
const key = JSON.parse(fs.readFileSync(keysFile, 'utf8')).documents as Record<string, { own_number: string | null; references: KeyRef[] }>;
// One cache per key file: the development key keeps its historical directory name.
const keysName = path.basename(keysFile, '.json');
const cacheDir = path.join(os.tmpdir(), keysName === 'references-real' ? 'vnx-refs-cache' : `vnx-refs-cache-${keysName}`);
fs.mkdirSync(cacheDir, { recursive: true });
const dirs = ['fixtures/real-more', 'fixtures/real', '../shared/real-more', '../shared/real'];
const exts = ['.pdf', '.docx', '.doc'];
/** The first directory and extension under which the key's stem exists. */
function findFile(stem: string): string | null {
  for (const d of dirs) for (const e of exts) if (fs.existsSync(path.join(d, stem + e))) return path.join(d, stem + e);
  return null;
}

console.log('| document | status | key | found | recall | spurious | dates right |');
console.log('|---|---|---|---|---|---|---|');
console.error(`key ${keysFile}, cache ${cacheDir}`);
const total = { key: 0, found: 0, spurious: 0, dated: 0, datesRight: 0 };
for (const [stem, doc] of Object.entries(key)) {
  if (only && !stem.startsWith(only)) continue;
  const file = findFile(stem);
  if (!file) {
    console.log(`| ${stem} | missing file | | | | | |`);
    continue;
  }
  const cached = path.join(cacheDir, `${path.basename(file)}.json`);
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
