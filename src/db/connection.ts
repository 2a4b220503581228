/**
 * One place that knows the connection string: where it comes from (--db, else DATABASE_URL)
 * and how it is shown (never with its password). The password may also come from PGPASSWORD
 * or ~/.pgpass, which the driver reads itself, so it need never be typed on a command line.
 */
import pg from 'pg';
import { migrate } from './migrations.js';

export function databaseUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return flag || env.DATABASE_URL || undefined;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The URL as it may be printed: user, host, port and database, no password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const k of [...u.searchParams.keys()]) if (/pass|secret|key|token/i.test(k)) u.searchParams.set(k, '***');
    return u.toString();
  } catch {
    return 'postgres://(unparseable connection string)';
  }
}

/** Remove the password (raw and URL-encoded) from a message before it is shown anywhere. */
export function scrub(message: string, url: string | undefined): string {
  let out = message;
  if (url) {
    out = out.split(url).join(redactUrl(url));
    try {
      const u = new URL(url);
      for (const secret of [u.password, decodeURIComponent(u.password)]) if (secret && secret.length >= 3) out = out.split(secret).join('***');
    } catch {
      // not a URL: nothing more to hide
    }
  }
  const env = process.env.PGPASSWORD;
  if (env && env.length >= 3) out = out.split(env).join('***');
  return out;
}

// bigint (int8) columns hold sizes and counts far below 2^53: numbers, not strings.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

export function createPool(url: string, max = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types, application_name: 'vn-report-extract', connectionTimeoutMillis: 10_000 });
  // An idle connection closed by the server (restart, failover) is dropped and replaced on the
  // next query; without a listener Node would treat the event as a crash.
  pool.on('error', () => {});
  return pool;
}

/** Errors worth waiting out: the server restarting, the network, too many connections. */
export function isConnectionError(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  if (err?.code && /^(08|57P0[1-3]|53300|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH)/.test(err.code)) return true;
  return /Connection terminated|connection timeout|terminating connection|the database system is (starting up|shutting down)|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(err?.message ?? '');
}

/** Run `fn` again while the database is unreachable, waiting longer each time, up to `budgetMs`. */
export async function withReconnect<T>(fn: () => Promise<T>, budgetMs = 300_000, onWait?: (e: Error, ms: number) => void): Promise<T> {
  const t0 = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!isConnectionError(e) || Date.now() - t0 > budgetMs) throw e;
      const ms = Math.min(10_000, 250 * 2 ** attempt);
      onWait?.(e as Error, ms);
      await new Promise((r) => setTimeout(r, ms));
    }
  }
}

/** Connect once and bring the schema up to date. */
export async function openDatabase(url: string, max?: number, onWait?: (e: Error, ms: number) => void): Promise<pg.Pool> {
  const pool = createPool(url, max);
  const client = await withReconnect(() => pool.connect(), 30_000, onWait).catch(async (e: Error) => {
    await pool.end().catch(() => {});
    throw new Error(`cannot connect to ${redactUrl(url)}: ${e.message}`);
  });
  try {
    await migrate(client);
  } finally {
    client.release();
  }
  return pool;
}
