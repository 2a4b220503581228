/**
 * `enqueue`: record the work. Files are found and hashed here (a hash trusted when size and
 * mtime are unchanged, as on one machine), recorded as seen, and one job is queued per content
 * that has no current document and no job already waiting. Files under the PATHs that are gone
 * are forgotten, with the documents no file points to any more.
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
  /** Files under the PATHs that are gone, and the documents that went with them. */
  forgotten: { files: number; documents: number };
  skipped: Array<{ path: string; reason: string }>;
}

export async function enqueuePaths(store: PgStore, queue: Queue, inputs: string[], limits: Limits, policy: JobPolicy, version: string): Promise<EnqueueResult> {
  const scope = inputs.map((i) => path.resolve(i));
  const found = await discover(scope);
  const known = await store.knownFiles();
  const units = await identify(found.files, (p) => known.get(p), limits);
  await store.putManyFiles(units.map((u) => ({ sha256: u.sha256, files: u.files })));
  const forgotten = await store.forgetVanished(scope, new Set(units.flatMap((u) => u.files.map((f) => f.path))));
  const shas = units.map((u) => u.sha256);
  const done = await store.doneAmong(shas, version);
  const pending = await queue.pending(shas);
  const jobs = units
    .filter((u) => !done.has(u.sha256) && !pending.has(u.sha256))
    .map((u) => ({ sha256: u.sha256, bytes: u.bytes, files: u.files, ...(u.error ? { error: u.error } : {}) }));
  await queue.enqueue(jobs, policy);
  return { files: found.files.length, contents: units.length, queued: jobs.length, done: done.size, alreadyQueued: units.length - done.size - jobs.length, forgotten, skipped: found.skipped };
}
