/**
 * The job queue, on pg-boss: a queue inside the same PostgreSQL (nothing else to run). One job
 * per content to process, with the paths where every worker can read it. pg-boss gives the
 * rest: SKIP LOCKED fetching (each job to one worker), retries with exponential backoff, a
 * visibility timeout (a job whose worker died goes back after `expireInSeconds`), and a
 * dead-letter queue that keeps what failed every time with its reason.
 */
import PgBoss from 'pg-boss';

export const QUEUE = 'vn-report-extract';
export const DEAD_LETTER = 'vn-report-extract-dead';

export interface JobData {
  sha256: string;
  bytes: number;
  files: Array<{ path: string; size: number; mtimeMs: number }>;
  /** Set when the enqueuing machine could not read the file (oversize …). */
  error?: string;
  /** Queued by `enqueue --full`: the committed document of this content and version is replaced. */
  redo?: boolean;
}

export interface JobPolicy {
  /** Attempts after the first. */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) each time. */
  retryDelay: number;
  /** Seconds a job may stay taken before it is given to another worker. */
  visibilitySeconds: number;
}

export const DEFAULT_POLICY: JobPolicy = { retryLimit: 3, retryDelay: 10, visibilitySeconds: 900 };

export type Job = PgBoss.JobWithMetadata<JobData>;

export interface QueueCounts {
  queued: number;
  retrying: number;
  running: number;
  done: number;
  failed: number;
  dead_letter: number;
}

export class Queue {
  private constructor(readonly boss: PgBoss) {}

  /**
   * Start pg-boss (it installs and migrates its own schema, under its own lock). `supervise`
   * runs the maintenance that expires jobs of dead workers; workers do it, every few seconds.
   */
  static async open(url: string, opts: { supervise?: boolean; onError?: (e: Error) => void } = {}): Promise<Queue> {
    const boss = new PgBoss({
      connectionString: url,
      application_name: 'vn-report-extract-queue',
      max: 4,
      supervise: opts.supervise ?? false,
      schedule: false,
      maintenanceIntervalSeconds: 5,
    });
    // pg-boss reports lost connections as events; without a listener they would crash the process.
    boss.on('error', (e) => opts.onError?.(e));
    await boss.start();
    const q = new Queue(boss);
    await q.ensureQueue(DEAD_LETTER, {});
    await q.ensureQueue(QUEUE, { deadLetter: DEAD_LETTER });
    return q;
  }

  private async ensureQueue(name: string, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
    if (await this.boss.getQueue(name)) return;
    try {
      await this.boss.createQueue(name, { name, ...options });
    } catch (e) {
      // Another machine created it in between.
      if (!(await this.boss.getQueue(name))) throw e;
    }
  }

  /** Contents with a job still waiting or running (not to be queued twice). */
  async pending(shas: string[]): Promise<Set<string>> {
    const r = await this.db().query<{ sha: string }>(
      `SELECT data->>'sha256' AS sha FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active') AND data->>'sha256' = ANY($2::text[])`,
      [QUEUE, shas],
    );
    return new Set(r.rows.map((x) => x.sha));
  }

  async enqueue(jobs: JobData[], policy: JobPolicy): Promise<void> {
    // Queued again: earlier failures of these contents are history, not open dead letters.
    if (jobs.length)
      await this.db().query(`DELETE FROM pgboss.job WHERE ((name = $1 AND state = 'failed') OR name = $2) AND data->>'sha256' = ANY($3::text[])`, [QUEUE, DEAD_LETTER, jobs.map((j) => j.sha256)]);
    for (let i = 0; i < jobs.length; i += 1000) {
      await this.boss.insert(
        jobs.slice(i, i + 1000).map((data) => ({
          name: QUEUE,
          data,
          retryLimit: policy.retryLimit,
          retryDelay: policy.retryDelay,
          retryBackoff: true,
          expireInSeconds: policy.visibilitySeconds,
          deadLetter: DEAD_LETTER,
        })),
      );
    }
  }

  /** The next job, taken for this worker (FOR UPDATE SKIP LOCKED: no other worker gets it). */
  async take(): Promise<Job | undefined> {
    const jobs = await this.boss.fetch<JobData>(QUEUE, { batchSize: 1, includeMetadata: true });
    return jobs[0];
  }

  async complete(job: Job, output: object): Promise<void> {
    await this.boss.complete(QUEUE, job.id, output);
  }

  /** Give the job back: retried later with backoff, or moved to the dead-letter queue when out of attempts. */
  async fail(job: Job, reason: string): Promise<void> {
    await this.boss.fail(QUEUE, job.id, { reason });
  }

  /** Nothing left to take or waiting to come back: a worker started with the queue in mind may stop. */
  async settled(): Promise<boolean> {
    const r = await this.db().query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`, [QUEUE]);
    return r.rows[0].n === 0;
  }

  async counts(): Promise<QueueCounts> {
    const r = await this.db().query<{ name: string; state: string; n: number }>(
      `SELECT name, state::text AS state, count(*)::int AS n FROM (
         SELECT name, state FROM pgboss.job WHERE name IN ($1, $2)
         UNION ALL SELECT name, state FROM pgboss.archive WHERE name IN ($1, $2)) j
       GROUP BY name, state`,
      [QUEUE, DEAD_LETTER],
    );
    const c: QueueCounts = { queued: 0, retrying: 0, running: 0, done: 0, failed: 0, dead_letter: 0 };
    for (const { name, state, n } of r.rows) {
      if (name === DEAD_LETTER) {
        if (state === 'created' || state === 'retry') c.dead_letter += n;
      } else if (state === 'created') c.queued += n;
      else if (state === 'retry') c.retrying += n;
      else if (state === 'active') c.running += n;
      else if (state === 'completed') c.done += n;
      else if (state === 'failed') c.failed += n;
    }
    return c;
  }

  /** What is in the dead-letter queue: the file and why it failed. */
  async deadLetters(limit = 100): Promise<Array<{ path: string; sha256: string; reason: string; at: string }>> {
    const r = await this.db().query<{ data: JobData; output: { reason?: string; message?: string; value?: { message?: string } } | null; created_on: Date }>(
      `SELECT data, output, created_on FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry') ORDER BY created_on LIMIT $2`,
      [DEAD_LETTER, limit],
    );
    return r.rows.map((x) => ({
      path: x.data.files?.[0]?.path ?? '',
      sha256: x.data.sha256,
      reason: x.output?.reason ?? x.output?.value?.message ?? x.output?.message ?? '',
      at: x.created_on.toISOString(),
    }));
  }

  private db(): { query<T>(sql: string, values: unknown[]): Promise<{ rows: T[] }> } {
    const db = this.boss.getDb();
    return { query: (sql, values) => db.executeSql(sql, values as never[]) as never };
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, close: true });
  }
}
