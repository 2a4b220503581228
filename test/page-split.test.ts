/**
 * A large PDF read by several workers (src/workers/page-share.ts) must give the document one
 * worker gives: same blocks, diagnostics, status, metadata and records. Checked on real PDFs of
 * every kind the reader handles specially (TCVN3, a broken glyph map, portrait pages with
 * landscape annexes), first in this thread with every chunk read from its own pdf.js document in
 * a scrambled order (what helpers do), then through the worker pool, where the split must really
 * have happened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';
import { processBuffer, type Processed } from '../src/process.js';
import { DEFAULT_LIMITS, type Limits } from '../src/limits.js';
import { openPdf, type PageRead } from '../src/readers/pdf.js';
import { CHUNK_PAGES, PageShare, SPLIT_MIN_PAGES } from '../src/workers/page-share.js';
import { WorkerPool } from '../src/workers/pool.js';
import { pageCountHint } from '../src/workers/split-plan.js';
import { toRecords } from '../src/records.js';

const F = (p: string) => path.join(ROOT, 'fixtures', p);
const LIMITS: Limits = { ...DEFAULT_LIMITS, ocr: false, fileTimeoutMs: 600_000 };
const FILES = ['real-more/10_TW_ND109-2004-ND-CP_dangkykinhdoanh_tcvn3.pdf', 'real-more/11_TW_ND47-2020-ND-CP_dulieuso_brokenglyph.pdf', 'synthetic/mixed-orientation.pdf'];

const content = (p: Processed) => ({ document: p.document, references: p.references, indicators: p.indicators, unmatched: p.unmatched });

/** Chunks in the order 3, 1, 4, 2, … each from a pdf.js document of its own, as helper workers read them. */
function scrambledChunks(bytes: Buffer) {
  let opened = 0;
  const readPages = async (count: number): Promise<PageRead[]> => {
    const chunks = Math.ceil(count / CHUNK_PAGES);
    const order = Array.from({ length: chunks }, (_, i) => i).sort((a, b) => ((a * 7) % chunks) - ((b * 7) % chunks));
    const byChunk: PageRead[][] = [];
    for (const i of order) {
      const pdf = await openPdf(new Uint8Array(bytes), LIMITS);
      if ('error' in pdf) throw pdf.error;
      opened++;
      byChunk[i] = [];
      for (let n = i * CHUNK_PAGES + 1; n <= Math.min(count, (i + 1) * CHUNK_PAGES); n++) byChunk[i].push(await pdf.readPage(n));
      await pdf.close();
    }
    return byChunk.flat();
  };
  return { readPages, opened: () => opened };
}

describe('a PDF read in chunks by separate pdf.js documents', () => {
  for (const file of FILES) {
    it(`gives the same document as one read: ${path.basename(file)}`, async () => {
      const bytes = fs.readFileSync(F(file));
      const whole = await processBuffer(Buffer.from(bytes), file, LIMITS);
      const split = scrambledChunks(bytes);
      const chunked = await processBuffer(Buffer.from(bytes), file, LIMITS, { readPages: split.readPages });
      expect(whole.document.pages).toBeGreaterThanOrEqual(SPLIT_MIN_PAGES);
      expect(split.opened()).toBe(Math.ceil(whole.document.pages! / CHUNK_PAGES));
      expect(whole.document.blocks.length).toBeGreaterThan(50);
      expect(content(chunked)).toEqual(content(whole));
    });
  }

  it('makes the document partial, never failed, when the worker reading a chunk dies', async () => {
    const file = F(FILES[2]);
    const bytes = fs.readFileSync(file);
    expect((await processBuffer(Buffer.from(bytes), file, LIMITS)).document.status).toBe('ok');
    // A "helper" takes the first chunk as soon as the pages are offered, then dies.
    const share: PageShare = new PageShare(bytes, (offer) => {
      const index = Atomics.add(new Int32Array(offer.share.counter), 0, 1);
      setTimeout(() => share.receive({ chunkFailed: { index, error: 'ran out of memory' } }), 10);
    });
    const p = await processBuffer(Buffer.from(bytes), file, LIMITS, { readPages: share.readPages });
    expect(p.document.status).toBe('partial');
    const lost = p.document.diagnostics.filter((d) => d.code === 'pdf/page-unreadable');
    expect(lost.map((d) => d.page)).toEqual([1, 2, 3, 4]);
    expect(lost[0].message).toContain('ran out of memory');
    expect(p.document.blocks.some((b) => b.page === 5)).toBe(true);
    expect(p.document.blocks.some((b) => b.page !== undefined && b.page <= 4)).toBe(false);
  });
});

describe('the page count hint (starts a spare worker before the PDF is opened)', () => {
  it('is the page count where the page tree is readable, 0 where it is compressed', async () => {
    const seen: number[] = [];
    for (const file of [...FILES, 'real-more/05_TW_BKHDT_BC-KTXH_thang3-quyI-2005.pdf', 'reports/2023-bao-cao-ket-qua-nganh-tttt.pdf']) {
      const bytes = fs.readFileSync(F(file));
      const pdf = await openPdf(new Uint8Array(bytes), LIMITS);
      if ('error' in pdf) throw pdf.error;
      const hint = pageCountHint(bytes);
      expect([0, pdf.numPages]).toContain(hint);
      seen.push(hint);
      await pdf.close();
    }
    expect(seen.some((n) => n >= SPLIT_MIN_PAGES)).toBe(true);
  });
});

describe('the worker pool', () => {
  const pools: WorkerPool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('lends an idle worker to a large PDF and gives back the records of an unsplit read', async () => {
    const file = F(FILES[1]);
    const pool = new WorkerPool(2, LIMITS.workerHeapMb);
    pools.push(pool);
    await pool.ready();
    const reply = await pool.run({ file, source: FILES[1], limits: LIMITS }, LIMITS.fileTimeoutMs);
    const alone = toRecords(await processBuffer(fs.readFileSync(file), FILES[1], LIMITS));
    expect(reply.ok).toBe(true);
    expect(pool.stats.splitFiles).toBe(1);
    expect(pool.stats.lentChunks).toBeGreaterThan(0);
    if (reply.ok) expect(reply.records).toEqual(alone);
  });

  it('a worker that dies while idle neither throws in the main process nor leaves a dead slot', async () => {
    const file = F(FILES[2]);
    const pool = new WorkerPool(1, LIMITS.workerHeapMb, false);
    pools.push(pool);
    await pool.ready();
    // What a worker out of memory after its reply does: an error event, then its exit.
    const idle = (pool as unknown as { slots: Array<{ worker: import('node:worker_threads').Worker }> }).slots[0].worker;
    const oom = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(() => idle.emit('error', oom)).not.toThrow();
    await idle.terminate();
    const reply = await pool.run({ file, source: FILES[2], limits: LIMITS }, LIMITS.fileTimeoutMs);
    expect(reply.ok).toBe(true);
  });

  it('reads every page itself when splitting is off', async () => {
    const file = F(FILES[2]);
    const pool = new WorkerPool(2, LIMITS.workerHeapMb, false);
    pools.push(pool);
    await pool.ready();
    const reply = await pool.run({ file, source: FILES[2], limits: LIMITS }, LIMITS.fileTimeoutMs);
    expect(reply.ok).toBe(true);
    expect(pool.stats).toEqual({ splitFiles: 0, lentChunks: 0 });
  });
});
