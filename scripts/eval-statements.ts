/**
 * Per-document scores of the statement extractor against the hand-written answer keys in
 * fixtures/golden/statements/. Documents are read once and cached (OCR is slow); the
 * extractors run on every call, so a change to them is measured at once.
 * Usage: tsx scripts/eval-statements.ts [--details] [--only STEM] [--no-cache] [--keys DIR]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processBuffer, extractFigures } from '../src/process.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import type { Document } from '../src/model.js';
import { extractMetadata } from '../src/extract/metadata.js';
import { assignSections } from '../src/extract/sections.js';
import { loadKeys, scoreDocument, summary, type DocScore } from '../test/support/statements-eval.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const details = args.includes('--details');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
const cacheDir = path.join(os.tmpdir(), 'vnx-eval-cache');
fs.mkdirSync(cacheDir, { recursive: true });

async function documentOf(file: string): Promise<Document> {
  const data = fs.readFileSync(path.join(ROOT, file));
  const cached = path.join(cacheDir, `${path.basename(file)}.${data.length}.json`);
  if (!args.includes('--no-cache') && fs.existsSync(cached)) return JSON.parse(fs.readFileSync(cached, 'utf8')) as Document;
  const p = await processBuffer(data, file, { ...DEFAULT_LIMITS, fileTimeoutMs: 900_000 });
  fs.writeFileSync(cached, JSON.stringify(p.document));
  return p.document;
}

const total: DocScore = { file: 'all', key: 0, required: 0, found: 0, rows: 0, matchedRows: 0, valueOk: 0, labelExact: 0, labelPartial: 0, kindOk: 0, periodOk: 0, pairs: 0, unlocated: [], missed: [], wrongValue: [], spurious: [], labelMisses: [], kindPeriodMisses: [] };
const table: string[] = ['| document | key | recall | precision | value | label exact | label partial | kind | period |', '|---|---|---|---|---|---|---|---|---|'];
// --keys DIR: another folder of answer keys (fixtures/golden/statements-heldout: documents never tuned on).
const keysDir = args.includes('--keys') ? path.resolve(args[args.indexOf('--keys') + 1]) : path.join(ROOT, 'fixtures', 'golden', 'statements');
for (const key of loadKeys(keysDir)) {
  if (only && !key.file.includes(only)) continue;
  const doc = await documentOf(key.file);
  // Sections and metadata are pure over the blocks: re-read, so that their changes are measured too.
  assignSections(doc.blocks);
  doc.meta = extractMetadata(doc.blocks);
  const { rows } = extractFigures(doc);
  const s = scoreDocument(key, doc.blocks, rows);
  const m = summary(s);
  table.push(`| ${path.basename(key.file)} | ${s.required} | ${m.recall} | ${m.precision} | ${m.value} | ${m.labelExact} | ${m.labelPartial} | ${m.kind} | ${m.period} |`);
  for (const k of ['key', 'required', 'found', 'rows', 'matchedRows', 'valueOk', 'labelExact', 'labelPartial', 'kindOk', 'periodOk', 'pairs'] as const) total[k] += s[k];
  if (details) {
    console.log(`\n## ${key.file}`);
    for (const [name, list] of [['unlocated', s.unlocated], ['missed', s.missed], ['wrong value', s.wrongValue], ['spurious', s.spurious], ['label', s.labelMisses], ['kind/period', s.kindPeriodMisses]] as const) {
      if (list.length) console.log(`${name} (${list.length}):\n  ${list.join('\n  ')}`);
    }
  }
}
const m = summary(total);
table.push(`| **all** | ${total.required} | ${m.recall} | ${m.precision} | ${m.value} | ${m.labelExact} | ${m.labelPartial} | ${m.kind} | ${m.period} |`);
console.log(table.join('\n'));
