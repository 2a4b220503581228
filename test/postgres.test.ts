/**
 * PostgreSQL as the shared store and job queue, against a real server (a throwaway cluster from
 * Debian's postgresql package, started here; these tests fail when it cannot start): the same
 * rows as the SQLite run, migrations safe to repeat and to race, a duplicate commit a no-op,
 * search with and without diacritics, three `work` processes doing 200 files exactly once,
 * a SIGKILLed worker's job retried without duplicates, an always-failing file dead-lettered
 * with its reason, a server restart waited out, and the password never shown.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline.js';
import { buildReport } from '../src/report/build.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { openDatabase } from '../src/db/connection.js';
import { migrate, MIGRATIONS, SCHEMA } from '../src/db/migrations.js';
import { PgStore, RECORD_FIELDS } from '../src/db/pg-store.js';
import { startPostgres, type TestPostgres } from './support/postgres.js';
import { REPORTS, ROOT } from './support/fixtures.js';

const BROKEN = path.join(ROOT, 'fixtures/broken');
const made: string[] = [];
const tmp = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `vnx-pgt-${name}-`));
  made.push(dir);
  return dir;
};
const procs: ChildProcess[] = [];
// Everything any command printed, to check that the password never appears in it.
const printed: string[] = [];

class Proc {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  private waiters: Array<{ test: () => boolean; resolve: () => void }> = [];

  constructor(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    procs.push(this.child);
    const check = () => (this.waiters = this.waiters.filter((w) => (w.test() ? (w.resolve(), false) : true)));
    this.child.stdout!.on('data', (d) => ((this.stdout += d), check()));
    this.child.stderr!.on('data', (d) => ((this.stderr += d), check()));
    this.exited = new Promise((resolve) =>
      this.child.on('exit', (code) => {
        printed.push(this.stdout, this.stderr);
        resolve(code);
      }),
    );
  }

  /** Resolves once `test` holds on the output so far. */
  until(test: () => boolean): Promise<void> {
    return test() ? Promise.resolve() : new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  /** JSON events (--log-format json) written on stderr. */
  events(): Array<Record<string, unknown>> {
    // Complete lines only: a chunk may end mid-line.
    return this.stderr
      .slice(0, this.stderr.lastIndexOf('\n') + 1)
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
  }
}

const db = (args: string[], url: string) => new Proc('src/db-cli.ts', args, { DATABASE_URL: url });
async function dbOk(args: string[], url: string): Promise<Proc> {
  const p = db(args, url);
  const code = await p.exited;
  if (code !== 0) throw new Error(`db ${args.join(' ')} exited ${code}: ${p.stderr}`);
  return p;
}

let server: TestPostgres;
let nDb = 0;
/** A fresh database on the test server (each test its own store and queue). */
async function freshDb(): Promise<string> {
  const name = `t${++nDb}`;
  const admin = new pg.Client(server.url);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(server.url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client(url);
  await c.connect();
  try {
    return (await c.query<T>(sql, values)).rows;
  } finally {
    await c.end();
  }
}

const OUTPUTS = ['documents', 'references', 'indicators', 'unmatched', 'decisions', 'series'].flatMap((s) => [`${s}.jsonl`, `${s}.csv`]).concat('timeseries.csv');

/** `n` distinct contents of one fixture: bytes appended after its end change the hash, not what is read. */
function copies(n: number, fixture: string, prefix: string): string {
  const dir = tmp(prefix);
  const data = fs.readFileSync(fixture);
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `${prefix}-${String(i).padStart(3, '0')}${path.extname(fixture)}`), Buffer.concat([data, Buffer.from(`\n%copy ${i}\n`)]));
  return dir;
}

beforeAll(async () => {
  server = await startPostgres();
});

afterAll(() => {
  // A failed test may leave a worker waiting on the queue.
  for (const c of procs) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  server?.stop();
  if (!process.env.VNX_KEEP_TMP) for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

describe('PostgreSQL store', () => {
  it('migrations are versioned and idempotent, also when three machines start at once', async () => {
    const url = await freshDb();
    const pools = await Promise.all([openDatabase(url), openDatabase(url), openDatabase(url)]);
    await Promise.all(pools.map((p) => p.end()));
    const applied = await query<{ version: number }>(url, `SELECT version FROM ${SCHEMA}.schema_migrations ORDER BY version`);
    expect(applied.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    const again = await openDatabase(url);
    await again.end();
    expect((await query(url, `SELECT * FROM ${SCHEMA}.schema_migrations`)).length).toBe(MIGRATIONS.length);
  });

  it('a database made by an earlier release is brought up to date by the migrations it lacks', async () => {
    const url = await freshDb();
    const c = new pg.Client(url);
    await c.connect();
    try {
      expect(await migrate(c, MIGRATIONS.slice(0, 1))).toEqual([1]);
      await c.query(`INSERT INTO ${SCHEMA}.files (path, sha256, size, mtime_ms) VALUES ('/kept.pdf', 'abc', 1, 1)`);
      expect(await migrate(c)).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
      expect(await migrate(c)).toEqual([]);
      expect((await c.query(`SELECT path FROM ${SCHEMA}.files`)).rows).toEqual([{ path: '/kept.pdf' }]);
    } finally {
      await c.end();
    }
  });

  it('every field of every record has its own typed column', async () => {
    const url = await freshDb();
    (await openDatabase(url)).end();
    await new Promise((r) => setTimeout(r, 200));
    const cols = await query<{ table_name: string; column_name: string; data_type: string }>(
      url,
      `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = $1`,
      [SCHEMA],
    );
    const typeOf = (t: string, c: string) => cols.find((x) => x.table_name === t && x.column_name === c)?.data_type;
    for (const [tableName, fields] of Object.entries(RECORD_FIELDS)) {
      for (const f of fields) {
        if (f === 'source_file' && tableName !== 'documents') continue; // follows the file, not the content
        expect(typeOf(tableName, f), `${tableName}.${f}`).toBeDefined();
      }
    }
    expect(typeOf('documents', 'pages')).toBe('integer');
    expect(typeOf('documents', 'warnings')).toBe('jsonb');
    expect(typeOf('references', 'in_footnote')).toBe('boolean');
    expect(typeOf('references', 'year')).toBe('integer');
    expect(typeOf('indicators', 'value')).toBe('double precision');
    expect(typeOf('indicators', 'fts')).toBe('tsvector');
  });

  describe('the same fixtures as a run on SQLite', () => {
    const inputs = [
      REPORTS,
      ...['broken-xref.pdf', 'corrupt-word97.doc', 'empty.pdf', 'encrypted-with-password.pdf', 'image-only-scan.pdf', 'not-a-zip.docx', 'truncated.pdf', 'zip-bomb.docx'].map((f) => path.join(BROKEN, f)),
    ];
    // One content at two paths: a document with two source_files.
    const dup = tmp('dup');
    fs.copyFileSync(path.join(REPORTS, '2025-01-bao-cao-chinh-quyen-dien-tu.docx'), path.join(dup, 'a.docx'));
    fs.copyFileSync(path.join(REPORTS, '2025-01-bao-cao-chinh-quyen-dien-tu.docx'), path.join(dup, 'b.docx'));
    inputs.push(dup);
    const sqliteOut = tmp('sqlite');
    const pgOut = tmp('pg');
    let url: string;

    beforeAll(async () => {
      url = await freshDb();
      const [sqlite] = await Promise.all([
        runPipeline({ inputs, outDir: sqliteOut, concurrency: 1, limits: { ...DEFAULT_LIMITS, ocr: false } }),
        (async () => {
          await dbOk(['enqueue', ...inputs], url);
          await dbOk(['work', '--concurrency', '1', '--no-ocr'], url);
          await dbOk(['export', '--out', pgOut], url);
        })(),
      ]);
      expect(sqlite.run.documents).toBeGreaterThan(15);
    });

    it('gives the same outputs, byte for byte', () => {
      for (const f of OUTPUTS) expect(fs.readFileSync(path.join(pgOut, f), 'utf8'), f).toBe(fs.readFileSync(path.join(sqliteOut, f), 'utf8'));
      expect(fs.readFileSync(path.join(pgOut, 'index.sqlite')).equals(fs.readFileSync(path.join(sqliteOut, 'index.sqlite'))), 'index.sqlite').toBe(true);
      // The static report too, but for its overview page, which shows the run itself (folder,
      // time, inputs, processed counts): an export is another run than the one on SQLite.
      buildReport(sqliteOut);
      const files = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
      const report = files(path.join(pgOut, 'report'));
      expect(report.length).toBeGreaterThan(5);
      expect(report).toEqual(files(path.join(sqliteOut, 'report')));
      const differ = report.filter((f) => !fs.readFileSync(path.join(pgOut, 'report', f)).equals(fs.readFileSync(path.join(sqliteOut, 'report', f))));
      expect(differ.filter((f) => f !== 'index.html')).toEqual([]);
      const run = JSON.parse(fs.readFileSync(path.join(pgOut, 'run.json'), 'utf8'));
      const base = JSON.parse(fs.readFileSync(path.join(sqliteOut, 'run.json'), 'utf8'));
      expect(run.by_status).toEqual(base.by_status);
      expect(base.by_status.failed).toBeGreaterThan(0);
    });

    it('holds every row in typed tables', async () => {
      const count = async (t: string) => (await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${SCHEMA}."${t}"`))[0].n;
      const lines = (f: string) => fs.readFileSync(path.join(sqliteOut, f), 'utf8').split('\n').filter(Boolean).length;
      expect(await count('references')).toBe(lines('references.jsonl'));
      expect(await count('indicators')).toBe(lines('indicators.jsonl'));
      expect(await count('unmatched')).toBe(lines('unmatched.jsonl'));
      expect(await count('documents')).toBe(lines('documents.jsonl'));
      // The corpus-wide tables, as the export computed them.
      expect(await count('decisions')).toBe(lines('decisions.jsonl'));
      expect(await count('series')).toBe(lines('series.jsonl'));
      const [ref] = await query<{ year: number | null; in_footnote: boolean; pages: unknown }>(url, `SELECT year, in_footnote, pages FROM ${SCHEMA}."references" WHERE key = '749/QĐ-TTg' LIMIT 1`);
      expect(typeof ref.in_footnote).toBe('boolean');
      expect(Array.isArray(ref.pages)).toBe(true);
    });

    it('finds Vietnamese text with and without diacritics', async () => {
      const search = (table: string, q: string) =>
        query<{ id: string }>(url, `SELECT DISTINCT ${table === 'decisions' ? 'decision_id' : 'document_id'} AS id FROM ${SCHEMA}."${table}" WHERE fts @@ phraseto_tsquery('simple', ${SCHEMA}.vn_fold($1)) ORDER BY 1`, [q]);
      for (const [table, marked, bare] of [
        ['documents', 'chuyển đổi số', 'chuyen doi so'],
        ['references', 'Thủ tướng Chính phủ', 'thu tuong chinh phu'],
        ['indicators', 'hồ sơ', 'HO SO'],
        ['decisions', 'Thủ tướng', 'thu tuong'],
      ]) {
        const a = await search(table, marked);
        const b = await search(table, bare);
        expect(b, `${table}: ${bare}`).toEqual(a);
        expect(a.length, `${table}: ${marked}`).toBeGreaterThan(0);
      }
      const [{ folded }] = await query<{ folded: string }>(url, `SELECT ${SCHEMA}.vn_fold('ĐƯỜNG Đi đến Ủy ban') AS folded`);
      expect(folded).toBe('duong di den uy ban');
      // The README's query, as printed there.
      const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
      const section = readme.slice(readme.indexOf('\n## Many machines'), readme.indexOf('\n## ', readme.indexOf('\n## Many machines') + 1));
      const sql = [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]);
      expect(sql.length).toBeGreaterThan(0);
      for (const q of sql) expect((await query(url, q)).length, q).toBeGreaterThan(0);
    });

    it('`extract --db` writes the same outputs from the shared database', async () => {
      const out = tmp('extract-db');
      const p = new Proc('src/cli.ts', [...inputs, '--db', url, '--out', out, '--no-ocr', '--concurrency', '1']);
      expect(await p.exited).toBe(1); // some fixtures are failed documents, as on SQLite
      expect(p.stdout).toMatch(/0 processed, \d+ unchanged/);
      for (const f of OUTPUTS) expect(fs.readFileSync(path.join(out, f), 'utf8'), f).toBe(fs.readFileSync(path.join(sqliteOut, f), 'utf8'));
    });

    it('a second commit of the same content and version is a no-op, even at the same moment', async () => {
      const pool = await openDatabase(url);
      try {
        const store = new PgStore(pool);
        let first;
        for await (const d of store.documents()) if (!first && d.records.references.length) first = d;
        if (!first) throw new Error('no document with references');
        const before = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${SCHEMA}."references"`);
        const { sha256, version, records } = first;
        const files = [{ path: '/elsewhere/copy.pdf', size: records.document.bytes, mtimeMs: 1 }];
        const results = await Promise.all([store.commit(sha256, version, records, files), store.commit(sha256, version, records, files)]);
        expect(results).toEqual([false, false]);
        const after = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${SCHEMA}."references"`);
        expect(after).toEqual(before);
        // A new version is written once and replaces the old one: one document per content.
        const v2 = await Promise.all([store.commit(sha256, `${version}-next`, records, files), store.commit(sha256, `${version}-next`, records, files)]);
        expect(v2.filter(Boolean)).toHaveLength(1);
        const versions = await query<{ version: string }>(url, `SELECT version FROM ${SCHEMA}.documents WHERE sha256 = $1`, [sha256]);
        expect(versions.map((v) => v.version)).toEqual([`${version}-next`]);
        expect(await query(url, `SELECT count(*)::int AS n FROM ${SCHEMA}."references"`)).toEqual(before);
      } finally {
        await pool.end();
      }
    });
  });
});

describe('job queue', () => {
  it('three `work` processes on one queue process a 200-file corpus exactly once each', async () => {
    const url = await freshDb();
    const corpus = copies(200, path.join(REPORTS, '2025-01-bao-cao-chinh-quyen-dien-tu.docx'), 'c');
    const enq = await dbOk(['enqueue', corpus], url);
    expect(enq.stdout).toMatch(/^200 files \(200 contents\): 200 queued/);
    const t0 = performance.now();
    const workers = [0, 1, 2].map(() => db(['work', '--concurrency', '1', '--no-ocr', '--log-format', 'json'], url));
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0, 0]);
    const secs = (performance.now() - t0) / 1000;
    const committed = workers.map((w) => w.events().filter((e) => e.event === 'file' && e.outcome === 'committed').map((e) => e.sha256 as string));
    // Each worker took part; no content was committed twice, none was missed.
    for (const c of committed) expect(c.length).toBeGreaterThan(0);
    const all = committed.flat();
    expect(all).toHaveLength(200);
    expect(new Set(all).size).toBe(200);
    for (const w of workers) expect(w.events().filter((e) => e.event === 'file' && e.outcome !== 'committed')).toEqual([]);
    const docs = await query<{ n: number; shas: number }>(url, `SELECT count(*)::int AS n, count(DISTINCT sha256)::int AS shas FROM ${SCHEMA}.documents`);
    expect(docs).toEqual([{ n: 200, shas: 200 }]);
    // Every copy has the same rows: 200 times one copy's, never more.
    const perDoc = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${SCHEMA}.indicators GROUP BY sha256`);
    expect(perDoc).toHaveLength(200);
    expect(new Set(perDoc.map((r) => r.n)).size).toBe(1);
    const status = await dbOk(['status', '--json'], url);
    expect(JSON.parse(status.stdout).queue).toMatchObject({ queued: 0, retrying: 0, running: 0, done: 200, failed: 0, dead_letter: 0 });
    console.log(`200 files, 3 work processes: ${secs.toFixed(1)} s (${(200 / secs).toFixed(1)} documents/s); per worker ${committed.map((c) => c.length).join(', ')}`);
  }, 400_000);

  it('a worker killed with SIGKILL mid-file loses nothing: its job comes back, no row is doubled', async () => {
    const url = await freshDb();
    const corpus = copies(8, path.join(REPORTS, '2022-12-13-bc-346-chuyen-doi-so.pdf'), 'k');
    await dbOk(['enqueue', corpus, '--visibility', '5', '--retry-delay', '1'], url);
    const a = db(['work', '--concurrency', '1', '--no-ocr', '--log-format', 'json'], url);
    await a.until(() => a.events().some((e) => e.event === 'file'));
    // Kill while it holds a job: taken (active) in the database at this moment.
    let held: string | undefined;
    while (!held) {
      const active = await query<{ sha: string }>(url, `SELECT data->>'sha256' AS sha FROM pgboss.job WHERE name = 'vn-report-extract' AND state = 'active'`);
      held = active[0]?.sha;
      if (!held) await new Promise((r) => setTimeout(r, 20));
    }
    a.child.kill('SIGKILL');
    await a.exited;
    const doneByA = a.events().filter((e) => e.event === 'file' && e.outcome === 'committed').map((e) => e.sha256);
    expect(doneByA.length).toBeLessThan(8);
    expect(doneByA).not.toContain(held);
    const b = db(['work', '--concurrency', '1', '--no-ocr', '--log-format', 'json'], url);
    expect(await b.exited).toBe(0);
    const doneByB = b.events().filter((e) => e.event === 'file' && (e.outcome === 'committed' || e.outcome === 'duplicate'));
    expect(new Set([...doneByA, ...doneByB.map((e) => e.sha256)]).size).toBe(8);
    // The job A held came back after its visibility timeout and was done by B, on a later attempt.
    expect(doneByB.find((e) => e.sha256 === held)).toMatchObject({ outcome: 'committed' });
    expect(doneByB.find((e) => e.sha256 === held)!.attempt).toBeGreaterThanOrEqual(2);
    const perDoc = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${SCHEMA}."references" GROUP BY sha256`);
    expect(perDoc).toHaveLength(8);
    expect(new Set(perDoc.map((r) => r.n)).size).toBe(1);
    const status = JSON.parse((await dbOk(['status', '--json'], url)).stdout);
    expect(status.queue).toMatchObject({ queued: 0, running: 0, done: 8, failed: 0 });
  }, 180_000);

  it('a file that fails the same way every time ends in the dead-letter queue with its reason', async () => {
    const url = await freshDb();
    // A real slow file (one huge page) against a tiny time limit: it times out on every attempt.
    await dbOk(['enqueue', path.join(BROKEN, 'huge-page.pdf'), path.join(REPORTS, '2025-01-bao-cao-chinh-quyen-dien-tu.docx'), '--retries', '2', '--retry-delay', '1'], url);
    const w = db(['work', '--concurrency', '1', '--no-ocr', '--timeout', '5', '--log-format', 'json'], url);
    expect(await w.exited).toBe(1);
    const huge = w.events().filter((e) => e.event === 'file' && String(e.file).endsWith('huge-page.pdf'));
    expect(huge.map((e) => [e.outcome, e.attempt])).toEqual([
      ['retry', 1],
      ['retry', 2],
      ['dead', 3],
    ]);
    const status = JSON.parse((await dbOk(['status', '--json'], url)).stdout);
    expect(status.queue).toMatchObject({ queued: 0, retrying: 0, running: 0, done: 1, failed: 1, dead_letter: 1 });
    expect(status.dead_letter).toEqual([expect.objectContaining({ path: path.join(BROKEN, 'huge-page.pdf'), reason: 'timed out after 5 s' })]);
    const text = await dbOk(['status'], url);
    expect(text.stdout).toMatch(/1 failed \(1 in the dead-letter queue\)/);
    expect(text.stdout).toMatch(/dead letter: fixtures\/broken\/huge-page\.pdf — timed out after 5 s/);
    // The failure is in the outputs too, as a run on one machine would report it.
    const out = tmp('dead-out');
    await dbOk(['export', '--out', out], url);
    const docs = fs.readFileSync(path.join(out, 'documents.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(docs.find((d) => d.source_file.endsWith('huge-page.pdf'))).toMatchObject({ status: 'failed', error: 'timed out after 5 s' });
    expect(docs.find((d) => d.source_file.endsWith('.docx'))).toMatchObject({ status: 'ok' });
    // Enqueued again (say, on a machine with more memory), it is queued anew and leaves the dead letters.
    const again = await dbOk(['enqueue', path.join(BROKEN, 'huge-page.pdf')], url);
    expect(again.stdout).toMatch(/^1 files \(1 contents\): 1 queued/);
    expect(JSON.parse((await dbOk(['status', '--json'], url)).stdout)).toMatchObject({ queue: { queued: 1, failed: 0, dead_letter: 0 }, dead_letter: [] });
  }, 180_000);

  it('a connection dropped mid-run (server restarted) is waited out and the run completes', async () => {
    const url = await freshDb();
    const corpus = copies(10, path.join(REPORTS, '2025-01-bao-cao-chinh-quyen-dien-tu.docx'), 'r');
    await dbOk(['enqueue', corpus], url);
    const w = db(['work', '--concurrency', '1', '--no-ocr', '--log-format', 'json'], url);
    await w.until(() => w.events().some((e) => e.event === 'file'));
    server.halt('fast');
    await new Promise((r) => setTimeout(r, 3000));
    server.start();
    expect(await w.exited).toBe(0);
    expect(w.events().some((e) => e.event === 'warning' && /database unreachable/.test(String(e.message)))).toBe(true);
    const committed = w.events().filter((e) => e.event === 'file' && (e.outcome === 'committed' || e.outcome === 'duplicate'));
    expect(new Set(committed.map((e) => e.sha256)).size).toBe(10);
    const docs = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${SCHEMA}.documents`);
    expect(docs[0].n).toBe(10);
    const perDoc = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${SCHEMA}.indicators GROUP BY sha256`);
    expect(new Set(perDoc.map((r) => r.n)).size).toBe(1);
  }, 180_000);
});

describe('files that vanish or change', () => {
  it('leave the database as they leave state.sqlite: when their folder is enqueued again', async () => {
    const url = await freshDb();
    const dir = copies(3, path.join(REPORTS, '2025-01-bao-cao-chinh-quyen-dien-tu.docx'), 'v');
    const elsewhere = copies(1, path.join(REPORTS, '2022-12-13-bc-346-chuyen-doi-so.docx'), 'w');
    await dbOk(['enqueue', dir, elsewhere], url);
    await dbOk(['work', '--concurrency', '1', '--no-ocr'], url);
    const [gone, changed, kept] = fs.readdirSync(dir).sort();
    fs.rmSync(path.join(dir, gone));
    fs.appendFileSync(path.join(dir, changed), '\n%changed\n');
    const again = await dbOk(['enqueue', dir], url);
    // The changed file is new content to process; the vanished one and the old content leave.
    expect(again.stdout).toMatch(/^2 files \(2 contents\): 1 queued, 1 already done, 0 already queued; 1 vanished files forgotten, 2 documents removed/);
    await dbOk(['work', '--concurrency', '1', '--no-ocr'], url);
    const files = await query<{ path: string }>(url, `SELECT path FROM ${SCHEMA}.files ORDER BY path`);
    expect(files.map((f) => path.basename(f.path)).sort()).toEqual([changed, kept, fs.readdirSync(elsewhere)[0]].sort());
    const docs = await query<{ n: number; orphans: number }>(
      url,
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM ${SCHEMA}.files f WHERE f.sha256 = d.sha256))::int AS orphans FROM ${SCHEMA}.documents d`,
    );
    // A folder not enqueued again (elsewhere) keeps its document: the store is a library.
    expect(docs).toEqual([{ n: 3, orphans: 0 }]);
  }, 120_000);
});

describe('enqueue --full and --prune, as extract --full and --prune', () => {
  it('--full redoes every content under the PATHs, replacing its document; --prune forgets every file not under them', async () => {
    const url = await freshDb();
    const a = copies(2, path.join(REPORTS, '2025-01-bao-cao-chinh-quyen-dien-tu.docx'), 'fa');
    const b = copies(1, path.join(REPORTS, '2022-12-13-bc-346-chuyen-doi-so.docx'), 'fb');
    await dbOk(['enqueue', a, b], url);
    await dbOk(['work', '--concurrency', '1', '--no-ocr'], url);
    const before = await query<{ sha256: string; processed_at: Date }>(url, `SELECT sha256, processed_at FROM ${SCHEMA}.documents ORDER BY sha256`);
    const rows = async () => (await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${SCHEMA}.indicators`))[0].n;
    const indicatorsBefore = await rows();

    const full = await dbOk(['enqueue', '--full', a], url);
    expect(full.stdout).toMatch(/^2 files \(2 contents\): 2 queued \(2 of them done before, to be redone\), 0 already done, 0 already queued/);
    const worked = await dbOk(['work', '--concurrency', '1', '--no-ocr', '--log-format', 'json'], url);
    expect(worked.events().filter((e) => e.event === 'file').map((e) => e.outcome)).toEqual(['committed', 'committed']);
    const after = await query<{ sha256: string; processed_at: Date }>(url, `SELECT sha256, processed_at FROM ${SCHEMA}.documents ORDER BY sha256`);
    expect(after.map((d) => d.sha256)).toEqual(before.map((d) => d.sha256));
    const redone = after.filter((d, i) => d.processed_at.getTime() > before[i].processed_at.getTime());
    expect(redone).toHaveLength(2); // a's two documents, not b's
    expect(await rows()).toBe(indicatorsBefore); // replaced, not doubled

    const prune = await dbOk(['enqueue', '--prune', a], url);
    expect(prune.stdout).toMatch(/^2 files \(2 contents\): 0 queued, 2 already done, 0 already queued; 1 vanished files forgotten, 1 documents removed/);
    const files = await query<{ path: string }>(url, `SELECT path FROM ${SCHEMA}.files ORDER BY path`);
    expect(files.map((f) => path.dirname(f.path))).toEqual([a, a]);
    expect((await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${SCHEMA}.documents`))[0].n).toBe(2);

    const misuse = db(['work', '--prune'], url);
    expect(await misuse.exited).toBe(2);
    expect(misuse.stderr.split('\n')[0]).toBe('error: --prune is an option of enqueue');
  }, 180_000);
});

describe('secrets', () => {
  it('a wrong password is one line, exit 2, with no password in it', async () => {
    const u = new URL(server.url);
    u.password = 'wrong-secret-Xy9';
    const p = db(['status'], u.toString());
    expect(await p.exited).toBe(2);
    expect(p.stderr).toMatch(/^error: cannot connect to postgres:\/\/vnx:\*\*\*@127\.0\.0\.1:\d+\/vnx: password authentication failed for user "vnx" \(--debug shows details\)\n$/);
    expect(p.stderr + p.stdout).not.toContain('wrong-secret-Xy9');
    const d = db(['status', '--debug', '--db', u.toString()], '');
    expect(await d.exited).toBe(2);
    expect(d.stderr).not.toContain('wrong-secret-Xy9');
  });

  it('no output and no message of any command shows the password', () => {
    expect(printed.length).toBeGreaterThan(10);
    for (const text of printed) expect(text).not.toContain(server.password);
    let outputs = 0;
    for (const full of made) {
      for (const f of fs.readdirSync(full).filter((x) => /\.(json|jsonl|csv)$/.test(x))) {
        outputs++;
        expect(fs.readFileSync(path.join(full, f), 'utf8')).not.toContain(server.password);
      }
    }
    expect(outputs).toBeGreaterThan(20);
  });
});
