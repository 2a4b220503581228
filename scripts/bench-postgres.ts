/**
 * The PostgreSQL part of `npm run bench`: on a throwaway local cluster, documents/s with 1, 2
 * and 3 `work` processes (one worker thread each) taking from one queue on this machine, and
 * the database's size per 1,000 documents (our tables, and pg-boss's job rows until archived).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startPostgres } from '../test/support/postgres.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

function cli(args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'db-cli.ts'), ...args, '--quiet'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`db ${args[0]} exited ${code}: ${err}`))));
  });
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client(url);
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

async function sizes(url: string): Promise<{ ours: number; boss: number; db: number }> {
  const [r] = await sql<{ ours: number; boss: number; db: number }>(
    url,
    `SELECT (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'vn_report' AND c.relkind = 'r')::float8 AS ours,
            (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'pgboss' AND c.relkind = 'r')::float8 AS boss,
            pg_database_size(current_database())::float8 AS db`,
  );
  return r;
}

export async function benchPostgres(corpusDir: string, files: number, log: (s: string) => void): Promise<Record<string, unknown>> {
  const server = await startPostgres();
  try {
    const out: Record<string, unknown> = { files, note: 'wall time from starting the work processes to the last one exiting (process and worker start-up included); sizes from pg_total_relation_size' };
    for (const n of [1, 2, 3]) {
      const name = `bench${n}`;
      await sql(server.url, `CREATE DATABASE ${name}`);
      const u = new URL(server.url);
      u.pathname = `/${name}`;
      const url = u.toString();
      // The size of an empty store (schema, queue, catalogs) is subtracted: what remains grows with the corpus.
      await cli(['status'], url);
      const empty = await sizes(url);
      await cli(['enqueue', corpusDir], url);
      log(`PostgreSQL: ${files} files, ${n} work process(es)…`);
      const t0 = performance.now();
      await Promise.all(Array.from({ length: n }, () => cli(['work', '--concurrency', '1'], url)));
      const s = (performance.now() - t0) / 1000;
      const [docs] = await sql<{ n: number }>(url, 'SELECT count(*)::int AS n FROM vn_report.documents');
      const entry: Record<string, unknown> = { wallS: Number(s.toFixed(2)), documents: docs.n, docsPerS: Number((docs.n / s).toFixed(2)) };
      if (n === 1) {
        const full = await sizes(url);
        const perK = (b: number) => Number((((b / docs.n) * 1000) / 2 ** 20).toFixed(1));
        out.sizePer1000Docs = {
          tablesMiB: perK(full.ours - empty.ours),
          queueMiB: perK(full.boss - empty.boss),
          databaseMiB: perK(full.db - empty.db),
          note: 'growth over an empty store; tables = files, documents, references, indicators, unmatched with their indexes and full-text columns; queue = pg-boss job rows until archived',
        };
      }
      out[`work${n}`] = entry;
    }
    const one = out.work1 as { wallS: number };
    out.speedup1to2 = Number((one.wallS / (out.work2 as { wallS: number }).wallS).toFixed(2));
    out.speedup1to3 = Number((one.wallS / (out.work3 as { wallS: number }).wallS).toFixed(2));
    out.cores = os.availableParallelism();
    return out;
  } finally {
    server.stop();
  }
}

// `tsx scripts/bench-postgres.ts DIR`: this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir || !fs.existsSync(dir)) throw new Error('usage: tsx scripts/bench-postgres.ts DIR');
  const n = fs.readdirSync(dir).length;
  process.stdout.write(JSON.stringify(await benchPostgres(dir, n, (s) => process.stderr.write(s + '\n')), null, 2) + '\n');
}
