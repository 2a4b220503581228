/**
 * The shared state in PostgreSQL: what state.sqlite holds on one machine, in typed tables.
 * A document is keyed by content hash and pipeline version and committed in one transaction
 * with all its rows; a second commit of the same key is a no-op, so two machines that process
 * the same file leave one copy. The rows' columns are read from the database (the migrations
 * are the one definition of the tables) and matched to the record fields by name.
 */
import { sep as pathSep } from 'node:path';
import type pg from 'pg';
import type { FileRecords } from '../records.js';
import { COLUMNS, type DecisionRecord, type DocumentRecord, type IndicatorRecord, type ReferenceRecord, type SeriesRecord, type UnmatchedRecord } from '../schemas.js';
import type { KnownDocument, KnownFile } from '../state/store.js';
import { TRANSIENT } from '../pipeline.js';
import { SCHEMA } from './migrations.js';

export type RowKind = 'references' | 'indicators' | 'unmatched';
export const ROW_KINDS: RowKind[] = ['references', 'indicators', 'unmatched'];
// The fields of each record type the store holds: the CSV columns, which are the schema's fields.
export const RECORD_FIELDS = {
  documents: COLUMNS.documents,
  references: COLUMNS.references,
  indicators: COLUMNS.indicators,
  unmatched: COLUMNS.unmatched,
  decisions: COLUMNS.decisions,
  series: COLUMNS.series,
};

const table = (name: string) => `${SCHEMA}."${name}"`;

interface Column {
  name: string;
  type: string;
}

export interface StoredFile {
  path: string;
  size: number;
  mtimeMs: number;
}

export interface StoredDocument {
  sha256: string;
  version: string;
  record: DocumentRecord;
}

// PostgreSQL text cannot hold U+0000; a stray NUL from a damaged file is dropped, not fatal.
const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'string' && x.includes('\u0000') ? x.replace(/\u0000/g, '') : x));

export class PgStore {
  private columns = new Map<string, Column[]>();

  constructor(readonly pool: pg.Pool) {}

  /** Columns a record fills (stored, not generated), in table order. */
  private async columnsOf(name: string): Promise<Column[]> {
    const known = this.columns.get(name);
    if (known) return known;
    const r = await this.pool.query<{ column_name: string; type: string }>(
      `SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
       ORDER BY a.attnum`,
      [table(name)],
    );
    const cols = r.rows.map((c) => ({ name: c.column_name, type: c.type }));
    this.columns.set(name, cols);
    return cols;
  }

  async knownFiles(): Promise<Map<string, KnownFile>> {
    const out = new Map<string, KnownFile>();
    const r = await this.pool.query<KnownFile & { path: string }>(`SELECT path, sha256, size, mtime_ms FROM ${table('files')}`);
    for (const f of r.rows) out.set(f.path, { sha256: f.sha256, size: f.size, mtime_ms: f.mtime_ms });
    return out;
  }

  async putFiles(files: StoredFile[], sha256: string, client: pg.ClientBase | pg.Pool = this.pool): Promise<void> {
    if (!files.length) return;
    await client.query(
      `INSERT INTO ${table('files')} (path, sha256, size, mtime_ms)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::float8[])
       ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, mtime_ms = excluded.mtime_ms, seen_at = now()`,
      [files.map((f) => f.path), files.map(() => sha256), files.map((f) => f.size), files.map((f) => f.mtimeMs)],
    );
  }

  /** Files seen, many contents at once (enqueue of a large folder). */
  async putManyFiles(entries: Array<{ sha256: string; files: StoredFile[] }>): Promise<void> {
    const flat = entries.flatMap((e) => e.files.map((f) => ({ ...f, sha256: e.sha256 })));
    for (let i = 0; i < flat.length; i += 5000) {
      const part = flat.slice(i, i + 5000);
      await this.pool.query(
        `INSERT INTO ${table('files')} (path, sha256, size, mtime_ms)
         SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::float8[])
         ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, mtime_ms = excluded.mtime_ms, seen_at = now()`,
        [part.map((f) => f.path), part.map((f) => f.sha256), part.map((f) => f.size), part.map((f) => f.mtimeMs)],
      );
    }
  }

  /**
   * Forget files under `scope` (the enqueued PATHs: a file, or a folder and all below it) that
   * were not seen now, then every document no file points to any more (its file vanished or now
   * holds other content), as a run on one machine does. Returns what was dropped.
   */
  /** `scope` null: every file recorded (enqueue --prune). */
  async forgetVanished(scope: string[] | null, seen: Set<string>): Promise<{ files: number; documents: number }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const under = scope
        ? await client.query<{ path: string }>(
            `SELECT path FROM ${table('files')} WHERE path = ANY($1::text[]) OR EXISTS (SELECT 1 FROM unnest($2::text[]) AS s(prefix) WHERE starts_with(path, s.prefix))`,
            [scope, scope.map((s) => (s.endsWith(pathSep) ? s : s + pathSep))],
          )
        : await client.query<{ path: string }>(`SELECT path FROM ${table('files')}`);
      const gone = under.rows.map((r) => r.path).filter((p) => !seen.has(p));
      if (gone.length) await client.query(`DELETE FROM ${table('files')} WHERE path = ANY($1::text[])`, [gone]);
      const docs = await client.query(`DELETE FROM ${table('documents')} d WHERE NOT EXISTS (SELECT 1 FROM ${table('files')} f WHERE f.sha256 = d.sha256)`);
      await client.query('COMMIT');
      return { files: gone.length, documents: docs.rowCount ?? 0 };
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  async getDocument(sha256: string, version: string): Promise<KnownDocument | undefined> {
    const r = await this.pool.query<KnownDocument>(`SELECT version, status, error FROM ${table('documents')} WHERE sha256 = $1 AND version = $2`, [sha256, version]);
    return r.rows[0];
  }

  /** Which of these contents already have a document of this version that need not be redone. */
  async doneAmong(shas: string[], version: string): Promise<Set<string>> {
    const r = await this.pool.query<{ sha256: string }>(
      `SELECT sha256 FROM ${table('documents')} WHERE sha256 = ANY($1::text[]) AND version = $2 AND NOT (status = 'failed' AND error ~ $3)`,
      [shas, version, TRANSIENT.source],
    );
    return new Set(r.rows.map((x) => x.sha256));
  }

  /**
   * One document with its rows and file paths, all or nothing. Returns false when this content
   * and version were already committed (by this or another machine): nothing is written twice.
   * A machine-dependent failure committed earlier (timed out …) is replaced by a real result.
   */
  async commit(sha256: string, version: string, records: FileRecords, files: StoredFile[], by = '', replace = false): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // replace (enqueue --full): the old document and its rows go in the same transaction as
      // the new ones come, so a reader sees one or the other.
      if (replace) await client.query(`DELETE FROM ${table('documents')} WHERE sha256 = $1 AND version = $2`, [sha256, version]);
      else await client.query(`DELETE FROM ${table('documents')} WHERE sha256 = $1 AND version = $2 AND status = 'failed' AND error ~ $3`, [sha256, version, TRANSIENT.source]);
      const inserted = await this.insertRows(client, 'documents', sha256, version, [{ ...records.document, processed_by: by }], true);
      if (!inserted) {
        await client.query('ROLLBACK');
        await this.putFiles(files, sha256);
        return false;
      }
      for (const kind of ROW_KINDS) await this.insertRows(client, kind, sha256, version, records[kind].map((r, seq) => ({ ...r, seq })), false);
      // One document per content, as in state.sqlite: a new pipeline version supersedes the old.
      await client.query(`DELETE FROM ${table('documents')} WHERE sha256 = $1 AND version <> $2`, [sha256, version]);
      await this.putFiles(files, sha256, client);
      await client.query('COMMIT');
      return true;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  /**
   * The corpus-wide tables (decisions, series), replaced as a whole: they are computed across
   * every document when the outputs are written, so they are as fresh as the last export.
   */
  async replaceCorpusTables(tables: { decisions: DecisionRecord[]; series: SeriesRecord[] }): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const [name, rows] of Object.entries(tables)) {
        await client.query(`DELETE FROM ${table(name)}`);
        await this.insertRows(client, name, null, null, rows as unknown as Array<Record<string, unknown>>, false);
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  /** Insert records through jsonb_to_recordset: one parameter per statement whatever the row count. */
  private async insertRows(client: pg.ClientBase, name: string, sha256: string | null, version: string | null, rows: Array<Record<string, unknown>>, onConflictNothing: boolean): Promise<number> {
    if (!rows.length) return 0;
    // Columns the records carry; the others (processed_at) take their defaults.
    const keyed = sha256 !== null;
    const cols = (await this.columnsOf(name)).filter((c) => (keyed && (c.name === 'sha256' || c.name === 'version')) || c.name in rows[0]);
    const defs = cols.map((c) => `"${c.name}" ${c.type}`).join(', ');
    const names = cols.map((c) => `"${c.name}"`).join(', ');
    let total = 0;
    for (let i = 0; i < rows.length; i += 2000) {
      const part = rows.slice(i, i + 2000).map((r) => (keyed ? { ...r, sha256, version } : r));
      const r = await client.query(
        `INSERT INTO ${table(name)} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${defs}) ${onConflictNothing ? 'ON CONFLICT DO NOTHING' : ''}`,
        [json(part)],
      );
      total += r.rowCount ?? 0;
    }
    return total;
  }

  /** Every file path with its content hash and stat, for export. */
  async files(): Promise<Map<string, StoredFile[]>> {
    const out = new Map<string, StoredFile[]>();
    const r = await this.pool.query<{ path: string; sha256: string; size: number; mtime_ms: number }>(`SELECT path, sha256, size, mtime_ms FROM ${table('files')} ORDER BY path`);
    for (const f of r.rows) out.set(f.sha256, [...(out.get(f.sha256) ?? []), { path: f.path, size: f.size, mtimeMs: f.mtime_ms }]);
    return out;
  }

  /**
   * Documents with all their rows, a batch at a time in content-hash order (memory bounded by
   * the batch, not the corpus); the newest version of each content.
   */
  async *documents(batch = 500): AsyncGenerator<{ sha256: string; version: string; records: FileRecords }> {
    const docFields = RECORD_FIELDS.documents;
    let after = '';
    for (;;) {
      const docs = await this.pool.query(
        `SELECT DISTINCT ON (sha256) * FROM ${table('documents')} WHERE sha256 > $1 ORDER BY sha256, processed_at DESC LIMIT $2`,
        [after, batch],
      );
      if (!docs.rows.length) return;
      after = docs.rows[docs.rows.length - 1].sha256;
      const keys = [docs.rows.map((d) => d.sha256), docs.rows.map((d) => d.version)];
      const rows: Record<RowKind, Map<string, Array<Record<string, unknown>>>> = { references: new Map(), indicators: new Map(), unmatched: new Map() };
      for (const kind of ROW_KINDS) {
        const r = await this.pool.query(
          `SELECT t.* FROM ${table(kind)} t JOIN unnest($1::text[], $2::text[]) AS k(sha256, version) USING (sha256, version) ORDER BY t.sha256, t.seq`,
          keys,
        );
        for (const row of r.rows) rows[kind].set(row.sha256, [...(rows[kind].get(row.sha256) ?? []), row]);
      }
      for (const d of docs.rows) {
        const pick = (fields: string[], row: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, f === 'source_file' && !(f in row) ? '' : row[f]]));
        yield {
          sha256: d.sha256,
          version: d.version,
          records: {
            document: pick(docFields, d) as DocumentRecord,
            references: (rows.references.get(d.sha256) ?? []).map((r) => pick(RECORD_FIELDS.references, r)) as ReferenceRecord[],
            indicators: (rows.indicators.get(d.sha256) ?? []).map((r) => pick(RECORD_FIELDS.indicators, r)) as IndicatorRecord[],
            unmatched: (rows.unmatched.get(d.sha256) ?? []).map((r) => pick(RECORD_FIELDS.unmatched, r)) as UnmatchedRecord[],
          },
        };
      }
      if (docs.rows.length < batch) return;
    }
  }

  async documentCounts(): Promise<Record<string, number>> {
    const r = await this.pool.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM (SELECT DISTINCT ON (sha256) status FROM ${table('documents')} ORDER BY sha256, processed_at DESC) d GROUP BY status`);
    const out: Record<string, number> = { ok: 0, partial: 0, failed: 0, needs_ocr: 0 };
    for (const x of r.rows) out[x.status] = x.n;
    return out;
  }
}
