/**
 * Runs in a worker thread: reads one file, processes it and posts back its records.
 * CPU-bound parsing happens here so that files are parsed on every core at once.
 */
import fs from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { processBuffer } from '../process.js';
import { toRecords } from '../records.js';
import type { Limits } from '../limits.js';

export interface WorkerTask {
  file: string;
  source: string;
  limits: Limits;
}

/** Sent while a file is being read (OCR pages): resets the file's time limit, shows progress. */
export interface WorkerProgress {
  progress: { ocrPage: number; ocrPages: number };
}

export type WorkerReply =
  | { ok: true; records: ReturnType<typeof toRecords>; stageMs: Record<string, number> }
  | { ok: false; error: string };

parentPort!.on('message', async (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const data = await fs.readFile(task.file);
    const processed = await processBuffer(data, task.source, task.limits, {
      onOcrPage: (done, total) => parentPort!.postMessage({ progress: { ocrPage: done, ocrPages: total } } satisfies WorkerProgress),
    });
    reply = { ok: true, records: toRecords(processed), stageMs: processed.stageMs };
  } catch (e) {
    reply = { ok: false, error: `unexpected error: ${(e as Error).message}` };
  }
  parentPort!.postMessage(reply);
});

// Tell the pool this worker has loaded its modules: only now does a file's time limit start.
parentPort!.postMessage({ ready: true });
