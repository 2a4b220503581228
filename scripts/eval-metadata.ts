/**
 * Document metadata (type, own number, date, issuer, place, title, period) of real documents
 * against the hand-written key fixtures/golden/metadata-real.json, per document and per field.
 * Documents are read once and cached (OCR is slow); extractMetadata runs on every call, so a
 * change to it is measured at once.
 * Usage: tsx scripts/eval-metadata.ts [--details] [--only PREFIX] [--no-cache] [--no-ocr] [--keys FILE]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processBuffer } from '../src/process.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import type { Block } from '../src/model.js';
import { extractMetadata } from '../src/extract/metadata.js';
import { FIELDS, scoreMeta, summarize, type KeyMeta, type Outcome } from '../test/support/metadata-eval.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const keyFile = value('--keys') ?? path.join(ROOT, 'fixtures/golden/metadata-real.json');
const only = value('--only');
const ocr = !flag('--no-ocr');
const key = JSON.parse(fs.readFileSync(keyFile, 'utf8')).documents as Record<string, KeyMeta>;
const DIRS = ['fixtures/real-more', 'fixtures/real', '../shared/real-more', '../shared/real'].map((d) => path.join(ROOT, d));
const cacheDir = path.join(os.tmpdir(), 'vnx-meta-cache');
fs.mkdirSync(cacheDir, { recursive: true });

async function blocksOf(file: string): Promise<{ status: string; blocks: Block[] }> {
  const data = fs.readFileSync(file);
  const cached = path.join(cacheDir, `${path.basename(file)}.${data.length}.${ocr ? 'ocr' : 'no-ocr'}.json`);
  if (!flag('--no-cache') && fs.existsSync(cached)) return JSON.parse(fs.readFileSync(cached, 'utf8'));
  const p = await processBuffer(data, file, { ...DEFAULT_LIMITS, ocr, fileTimeoutMs: 900_000 });
  const got = { status: p.document.status, blocks: p.document.blocks };
  fs.writeFileSync(cached, JSON.stringify(got));
  return got;
}

const MARK: Record<Outcome, string> = { right: '✓', partial: '~', wrong: '✗', missed: '∅', spurious: '+', none: '·' };
const scores = [];
console.log(`| document | status | ${FIELDS.join(' | ')} |`);
console.log(`|---|---|${FIELDS.map(() => '---').join('|')}|`);
for (const [name, k] of Object.entries(key)) {
  if (only && !name.startsWith(only)) continue;
  const dir = DIRS.find((d) => fs.existsSync(path.join(d, name)));
  if (!dir) {
    console.log(`| ${name} | missing file |${FIELDS.map(() => ' |').join('')}`);
    continue;
  }
  const { status, blocks } = await blocksOf(path.join(dir, name));
  const s = scoreMeta(name, extractMetadata(blocks), k);
  scores.push(s);
  console.log(`| ${name.slice(0, 40)} | ${status} | ${FIELDS.map((f) => MARK[s.fields[f].outcome]).join(' | ')} |`);
  if (flag('--details')) {
    for (const f of FIELDS) {
      const x = s.fields[f];
      if (x.outcome !== 'right' && x.outcome !== 'none') console.log(`    ${MARK[x.outcome]} ${f}: ours ${JSON.stringify(x.ours)} · key ${JSON.stringify(x.key)}`);
    }
  }
}
console.log(`\n✓ right · ~ partly (issuer: same body; title: token Dice ≥ 0.6) · ✗ wrong · ∅ missed · + given where the key has none\n`);
console.log('| field | keyed | right | partly | wrong | missed | spurious | recall | precision |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [f, x] of Object.entries(summarize(scores))) {
  console.log(`| ${f} | ${x.keyed} | ${x.right} | ${x.partial} | ${x.wrong} | ${x.missed} | ${x.spurious} | ${x.recall.toFixed(3)} | ${x.precision.toFixed(3)} |`);
}
