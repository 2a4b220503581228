/**
 * A session with the shared database: the schema migrated, the store and the queue open,
 * everything closed together. Also the one-call run behind `extract --db`: enqueue the PATHs,
 * work the queue in this process until it is empty, export the outputs.
 */
import type pg from 'pg';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { displayPath } from '../pipeline.js';
import type { RunRecord } from '../schemas.js';
import { pipelineVersion } from '../version.js';
import { openDatabase } from './connection.js';
import { enqueuePaths } from './enqueue.js';
import { exportOutputs, writeRunJson } from './export.js';
import { PgStore } from './pg-store.js';
import { DEFAULT_POLICY, Queue, type JobPolicy } from './queue.js';
import { work, type FileEvent } from './work.js';

export interface Session {
  pool: pg.Pool;
  store: PgStore;
  queue: Queue;
  close(): Promise<void>;
}

export async function openSession(url: string, opts: { supervise?: boolean; onError?: (e: Error) => void; onNotice?: (message: string) => void } = {}): Promise<Session> {
  const pool = await openDatabase(url, undefined, (e, ms) => opts.onNotice?.(`database unreachable (${e.message}); retrying in ${(ms / 1000).toFixed(1)} s`));
  let queue: Queue;
  try {
    queue = await Queue.open(url, opts);
  } catch (e) {
    await pool.end();
    throw e;
  }
  return {
    pool,
    store: new PgStore(pool),
    queue,
    async close() {
      await queue.close().catch(() => {});
      await pool.end().catch(() => {});
    },
  };
}

export interface DbRunOptions {
  url: string;
  inputs: string[];
  outDir: string;
  limits?: Limits;
  concurrency: number;
  policy?: JobPolicy;
  signal?: AbortSignal;
  onFile?: (e: FileEvent) => void;
  onNotice?: (message: string) => void;
  /** As `extract --full` / `--prune` on one machine (see enqueuePaths). */
  full?: boolean;
  prune?: boolean;
}

export async function runWithDatabase(opts: DbRunOptions): Promise<RunRecord> {
  const t0 = performance.now();
  const started = new Date().toISOString();
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const version = pipelineVersion();
  const session = await openSession(opts.url, { supervise: true, onError: (e) => opts.onNotice?.(`queue: ${e.message}`), onNotice: opts.onNotice });
  try {
    const enq = await enqueuePaths(session.store, session.queue, opts.inputs, limits, opts.policy ?? DEFAULT_POLICY, version, { full: opts.full, prune: opts.prune });
    const worked = await work(session.store, session.queue, { concurrency: opts.concurrency, limits, version, untilEmpty: true, signal: opts.signal, onFile: opts.onFile, onNotice: opts.onNotice });
    const warnings: string[] = [];
    const interrupted = opts.signal?.aborted ?? false;
    if (interrupted) warnings.push('interrupted: the queue keeps what is left; `work` completes it');
    if (worked.dead) warnings.push(`${worked.dead} files failed on every attempt: see the dead-letter queue (status)`);
    const exp = await exportOutputs(session.store, opts.outDir, warnings);
    return await writeRunJson(
      opts.outDir,
      {
        pipeline_version: version,
        started_at: started,
        inputs: opts.inputs.map(displayPath),
        files_seen: enq.files,
        processed: worked.committed + worked.dead,
        unchanged: enq.done,
        removed: enq.forgotten.documents,
        replaced: 0,
        interrupted,
        documents: exp.counts.documents,
        by_status: exp.counts.byStatus,
        references: exp.counts.references,
        decisions: exp.counts.decisions,
        indicators: exp.counts.indicators,
        unmatched: exp.counts.unmatched,
        stage_ms: Object.fromEntries(Object.entries(worked.stageMs).map(([k, v]) => [k, Math.round(v)])),
        skipped: enq.skipped.map((s) => ({ path: displayPath(s.path), reason: s.reason })),
        warnings,
      },
      t0,
    );
  } finally {
    await session.close();
  }
}
