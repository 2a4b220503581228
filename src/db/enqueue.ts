/**
 * `enqueue`: record the work. Files are found and hashed here (a hash trusted when size and
 * mtime are unchanged, as on one machine), recorded as seen, and one job is queued per content
 * that has no current document and no job already waiting. Files under the PATHs that are gone
 * are forgotten, with the documents no file points to any more. As `extract` on one machine:
 * `full` queues every content again (its document is replaced when the job commits, so exports
 * meanwhile keep the old one), `prune` also forgets every file not under the PATHs.
 */
import path from 'node:path';
import { discover } from '../discover.js';
import { identify } from '../pipeline.js';
import type { Limits } from '../limits.js';
import type { PgStore } from './pg-store.js';
import type { JobPolicy, Queue } from './queue.js';

export interface EnqueueResult {
  files: number;
  contents: number;
  queued: number;
  done: number;
  alreadyQueued: number;
  /** Files under the PATHs that are gone (every file not under them with `prune`), and the documents that went with them. */
  forgotten: { files: number; documents: number };
  /** Contents with a current document queued again because of `full`. */
  redone: number;
  skipped: Array<{ path: string; reason: string }>;
}

export interface EnqueueOptions {
  /** Queue every content again, as `extract --full`. */
  full?: boolean;
  /** Forget every file (and its documents) not under the PATHs, as `extract --prune`. */
  prune?: boolean;
}

export async function enqueuePaths(store: PgStore, queue: Queue, inputs: string[], limits: Limits, policy: JobPolicy, version: string, opts: EnqueueOptions = {}): Promise<EnqueueResult> {
  const scope = inputs.map((i) => path.resolve(i));
  const found = await discover(scope);
  const known = await store.knownFiles();
  const units = await identify(found.files, (p) => known.get(p), limits);
  await store.putManyFiles(units.map((u) => ({ sha256: u.sha256, files: u.files })));
  const forgotten = await store.forgetVanished(opts.prune ? null : scope, new Set(units.flatMap((u) => u.files.map((f) => f.path))));
  const shas = units.map((u) => u.sha256);
  const done = await store.doneAmong(shas, version);
  const pending = await queue.pending(shas);
  const jobs = units
    .filter((u) => (opts.full || !done.has(u.sha256)) && !pending.has(u.sha256))
    .map((u) => ({ sha256: u.sha256, bytes: u.bytes, files: u.files, ...(u.error ? { error: u.error } : {}), ...(opts.full && done.has(u.sha256) ? { redo: true } : {}) }));
  await queue.enqueue(jobs, policy);
  const redone = jobs.filter((j) => j.redo).length;
  return {
    files: found.files.length,
    contents: units.length,
    queued: jobs.length,
    done: done.size - redone,
    alreadyQueued: units.length - jobs.length - (done.size - redone),
    forgotten,
    redone,
    skipped: found.skipped,
  };
}
