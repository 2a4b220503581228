/** Paths to the bundled fixtures and a cached reader run over them, shared by tests. */
import fs from 'node:fs';
import path from 'node:path';
import { readPdf } from '../../src/readers/pdf.js';
import { readDocx } from '../../src/readers/docx.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import type { ReadResult } from '../../src/model.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const REPORTS = path.join(ROOT, 'fixtures', 'reports');
export const MD = path.join(ROOT, 'fixtures', 'md');
export const SEEDS = path.join(ROOT, 'fixtures', 'seeds');

export const STEMS = fs
  .readdirSync(MD)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''))
  .sort();

const cache = new Map<string, Promise<ReadResult>>();

export function readFixture(stem: string, format: 'pdf' | 'docx'): Promise<ReadResult> {
  const key = `${stem}.${format}`;
  let p = cache.get(key);
  if (!p) {
    const buf = fs.readFileSync(path.join(REPORTS, key));
    p = format === 'pdf' ? readPdf(new Uint8Array(buf), DEFAULT_LIMITS) : readDocx(buf, DEFAULT_LIMITS);
    cache.set(key, p);
  }
  return p;
}
