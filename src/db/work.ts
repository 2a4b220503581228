/**
 * `work`: take jobs from the queue, extract each file with today's worker pool, commit the
 * document, acknowledge the job. Any number of these run on any number of machines.
 * A machine-dependent failure (time-out, out of memory, crash, unreadable share) gives the job
 * back for a retry with backoff; on the last attempt the failed document is committed (as a
 * run on one machine would) and the job goes to the dead-letter queue with its reason.
 * A file our pipeline marks failed for what it is (damaged, encrypted) is a finished job.
 * A lost database connection is waited out; a job whose commit never got through comes back
 * after its visibility timeout and is done again, the duplicate commit being a no-op.
 */
import os from 'node:os';
import { displayPath, identify, processUnit, TRANSIENT } from '../pipeline.js';
import type { Limits } from '../limits.js';
import { WorkerPool } from '../workers/pool.js';
import { withReconnect } from './connection.js';
import type { PgStore } from './pg-store.js';
import type { Job, Queue } from './queue.js';

export interface WorkOptions {
  concurrency: number;
  limits: Limits;
  version: string;
  /** Stop when nothing is queued, retrying or running (otherwise wait for new jobs until aborted). */
  untilEmpty: boolean;
  signal?: AbortSignal;
  pollMs?: number;
  onFile?: (e: FileEvent) => void;
  onNotice?: (message: string) => void;
}

export interface FileEvent {
  sha256: string;
  file: string;
  status: string;
  /** committed: this worker wrote it; duplicate: already there; retry: given back; dead: out of attempts. */
  outcome: 'committed' | 'duplicate' | 'retry' | 'dead';
  attempt: number;
  error?: string;
  ms: number;
}

export interface WorkResult {
  jobs: number;
  committed: number;
  duplicates: number;
  retried: number;
  dead: number;
  stageMs: Record<string, number>;
}

export async function work(store: PgStore, queue: Queue, opts: WorkOptions): Promise<WorkResult> {
  const result: WorkResult = { jobs: 0, committed: 0, duplicates: 0, retried: 0, dead: 0, stageMs: {} };
  const by = `${os.hostname()}:${process.pid}`;
  const pollMs = opts.pollMs ?? 1000;
  const pool = new WorkerPool(opts.concurrency, opts.limits.workerHeapMb);
  const waiting = (what: string) => (e: Error, ms: number) => opts.onNotice?.(`database unreachable while ${what} (${e.message}); retrying in ${(ms / 1000).toFixed(1)} s`);
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  let warnedVisibility = false;

  async function handle(job: Job): Promise<void> {
    const t0 = performance.now();
    const { data } = job;
    const attempt = job.retryCount + 1;
    const known = await withReconnect(() => store.getDocument(data.sha256, opts.version), undefined, waiting('checking a job'));
    // A redo job (enqueue --full) is there to replace the document it finds.
    if (known && !data.redo && !(known.status === 'failed' && TRANSIENT.test(known.error))) {
      await withReconnect(() => queue.complete(job, { outcome: 'duplicate' }), undefined, waiting('acknowledging'));
      result.duplicates++;
      opts.onFile?.({ sha256: data.sha256, file: displayPath(data.files[0]?.path ?? ''), status: known.status, outcome: 'duplicate', attempt, ms: performance.now() - t0 });
      return;
    }
    // The file is read where the job says; a hash is trusted while size and mtime are the ones
    // enqueued, a file changed since is processed as what it holds now, and one the enqueuing
    // machine could not read is tried again here.
    const units = await identify(
      data.files.map((f) => f.path),
      (p) => {
        const f = data.files.find((x) => x.path === p);
        return f && !data.error ? { sha256: data.sha256, size: f.size, mtime_ms: f.mtimeMs } : undefined;
      },
      opts.limits,
    );
    if (!warnedVisibility && job.expireInSeconds * 1000 <= opts.limits.fileTimeoutMs) {
      warnedVisibility = true;
      opts.onNotice?.(`jobs are visible again after ${job.expireInSeconds} s but a file may take ${opts.limits.fileTimeoutMs / 1000} s: a slow file can be given to a second worker (enqueue with a larger --visibility)`);
    }
    const outcomes: FileEvent[] = [];
    let giveBack = '';
    for (const unit of units) {
      const source = displayPath(unit.files[0].path);
      const records = await processUnit(unit, source, opts.limits, pool, result.stageMs, () => {});
      const doc = records.document;
      const transient = doc.status === 'failed' && TRANSIENT.test(doc.error);
      if (transient && job.retryCount < job.retryLimit) {
        giveBack = doc.error;
        outcomes.push({ sha256: unit.sha256, file: source, status: doc.status, outcome: 'retry', attempt, error: doc.error, ms: performance.now() - t0 });
        continue;
      }
      const wrote = await withReconnect(() => store.commit(unit.sha256, opts.version, records, unit.files, by, data.redo === true), undefined, waiting('committing'));
      if (transient) giveBack = doc.error;
      outcomes.push({ sha256: unit.sha256, file: source, status: doc.status, outcome: transient ? 'dead' : wrote ? 'committed' : 'duplicate', attempt, error: doc.error || undefined, ms: performance.now() - t0 });
    }
    if (giveBack) await withReconnect(() => queue.fail(job, giveBack), undefined, waiting('giving a job back'));
    else await withReconnect(() => queue.complete(job, { outcome: 'committed' }), undefined, waiting('acknowledging'));
    for (const o of outcomes) {
      if (o.outcome === 'committed') result.committed++;
      else if (o.outcome === 'duplicate') result.duplicates++;
      else if (o.outcome === 'retry') result.retried++;
      else result.dead++;
      opts.onFile?.(o);
    }
  }

  async function loop(): Promise<void> {
    while (!opts.signal?.aborted) {
      const job = await withReconnect(() => queue.take(), undefined, waiting('taking a job'));
      if (!job) {
        if (opts.untilEmpty && (await withReconnect(() => queue.settled(), undefined, waiting('checking the queue')))) return;
        await sleep(pollMs);
        continue;
      }
      result.jobs++;
      try {
        await handle(job);
      } catch (e) {
        // Not the file's fault and not a lost connection: the job goes back with the reason
        // (retried, then dead-lettered); if even that fails its visibility timeout returns it.
        const reason = `worker error: ${(e as Error).message}`;
        opts.onNotice?.(`${displayPath(job.data.files[0]?.path ?? '')}: ${reason}`);
        await withReconnect(() => queue.fail(job, reason), 60_000).catch(() => {});
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: opts.concurrency }, loop));
  } finally {
    await pool.close();
  }
  return result;
}
