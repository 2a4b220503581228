/**
 * Runs in a worker thread: reads one file, processes it and posts back its records.
 * CPU-bound parsing happens here so that files are parsed on every core at once. Between files
 * a worker may be lent to read pages of another worker's large PDF (page-share.ts).
 */
import fs from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { processBuffer } from '../process.js';
import { toRecords } from '../records.js';
import { sniffFormat } from '../sniff.js';
import { loadPdfJs } from '../readers/pdf.js';
import type { Limits } from '../limits.js';
import { helpRead, PageShare, SHARE_MAX_BYTES, type ChunkFailed, type ChunkRead, type HelpDone, type HelpTask } from './page-share.js';

export interface WorkerTask {
  file: string;
  source: string;
  limits: Limits;
  /** Offer the pages of a large PDF to idle workers (the pool has more than one). */
  split?: boolean;
}

/** Sent while a file is being read (OCR pages): resets the file's time limit, shows progress. */
export interface WorkerProgress {
  progress: { ocrPage: number; ocrPages: number };
}

export type WorkerReply =
  | { ok: true; records: ReturnType<typeof toRecords>; stageMs: Record<string, number> }
  | { ok: false; error: string };

// The file being read here, when its pages are shared: chunks other workers read come to it.
let share: PageShare | null = null;

async function processFile(task: WorkerTask): Promise<WorkerReply> {
  try {
    const data = await fs.readFile(task.file);
    share = task.split && data.length <= SHARE_MAX_BYTES && sniffFormat(data.subarray(0, 1024)) === 'pdf' ? new PageShare(data, (m) => parentPort!.postMessage(m)) : null;
    const processed = await processBuffer(data, task.source, task.limits, {
      onOcrPage: (done, total) => parentPort!.postMessage({ progress: { ocrPage: done, ocrPages: total } } satisfies WorkerProgress),
      readPages: share?.readPages,
    });
    return { ok: true, records: toRecords(processed), stageMs: processed.stageMs };
  } catch (e) {
    return { ok: false, error: `unexpected error: ${(e as Error).message}` };
  } finally {
    share = null;
  }
}

parentPort!.on('message', async (message: WorkerTask | HelpTask | ChunkRead | ChunkFailed) => {
  if ('chunk' in message || 'chunkFailed' in message) {
    share?.receive(message);
    return;
  }
  if ('help' in message) {
    try {
      await helpRead(message.help, (m, transfer) => parentPort!.postMessage(m, transfer));
    } catch {
      // What it had taken and not delivered the pool fails when it hears the helper is done.
    }
    parentPort!.postMessage({ helped: true } satisfies HelpDone);
    return;
  }
  parentPort!.postMessage(await processFile(message));
});

// Tell the pool this worker has loaded its modules: only now does a file's time limit start.
parentPort!.postMessage({ ready: true });
// pdf.js loads while the worker waits: a worker lent to read pages of a PDF (often a spare one,
// started for that) would otherwise spend its first half second loading it.
void loadPdfJs().catch(() => {});
