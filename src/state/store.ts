/**
 * The incremental state: one SQLite file under the output folder (state.sqlite), queryable with
 * any SQLite tool. Files are keyed by path (size, mtime, content hash); documents by content hash
 * and the pipeline version that produced them. Each document is committed in one transaction
 * with all its rows, so a run killed at any moment leaves only whole documents behind.
 */
import { existsSync, renameSync } from 'node:fs';
import { sep as pathSep } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { FileRecords } from '../records.js';
import type { DocumentRecord, IndicatorRecord, ReferenceRecord, UnmatchedRecord } from '../schemas.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
  path TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS files_sha ON files (sha256);
CREATE TABLE IF NOT EXISTS documents (
  sha256 TEXT PRIMARY KEY,
  document_id TEXT NOT NULL,
  version TEXT NOT NULL,
  status TEXT NOT NULL,
  error TEXT NOT NULL,
  processed_at TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rows (
  sha256 TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('references', 'indicators', 'unmatched')),
  seq INTEGER NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (sha256, kind, seq)
);
`;

export interface KnownFile {
  sha256: string;
  size: number;
  mtime_ms: number;
}

export interface KnownDocument {
  version: string;
  status: string;
  error: string;
}

export type RowKind = 'references' | 'indicators' | 'unmatched';
type RowOf<K extends RowKind> = K extends 'references' ? ReferenceRecord : K extends 'indicators' ? IndicatorRecord : UnmatchedRecord;

/** state.sqlite cannot be read: said in one line with the remedy. */
export class DamagedStateError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`the state database ${file} is damaged (${detail}): run again with --rebuild-state to set it aside and rebuild it from the files (the outputs stay as they are until the rebuilt ones are written)`);
  }
}

/**
 * Renames state.sqlite (and its WAL files) to state.sqlite.damaged-<time>, kept for whoever wants
 * to look; returns the new name, or undefined when there was no state.
 */
export function moveStateAside(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  renameSync(file, aside);
  return aside;
}

export class StateStore {
  private db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    try {
      // WAL: a reader (an archivist's sqlite3 shell) never blocks the run; a killed process
      // leaves the last committed transaction intact.
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      // Checked before anything is trusted: a damaged file (a full disk, a bad copy) otherwise
      // fails a query mid-run, after minutes of work.
      const check = String(this.db.pragma('quick_check', { simple: true }));
      if (check !== 'ok') throw new DamagedStateError(file, check.split('\n')[0]);
      this.db.exec(SCHEMA);
    } catch (e) {
      this.db.close();
      const code = (e as { code?: string }).code ?? '';
      if (e instanceof DamagedStateError) throw e;
      if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) throw new DamagedStateError(file, (e as Error).message);
      throw e;
    }
  }

  close(): void {
    this.db.close();
  }

  /** Forget everything (--full). */
  reset(): void {
    this.db.exec('DELETE FROM rows; DELETE FROM documents; DELETE FROM files;');
  }

  getFile(path: string): KnownFile | undefined {
    return this.db.prepare('SELECT sha256, size, mtime_ms FROM files WHERE path = ?').get(path) as KnownFile | undefined;
  }

  getDocument(sha256: string): KnownDocument | undefined {
    return this.db.prepare('SELECT version, status, error FROM documents WHERE sha256 = ?').get(sha256) as KnownDocument | undefined;
  }

  /** Record where a content was found (no processing needed, e.g. an unchanged or renamed file). */
  putFiles(files: Array<{ path: string; size: number; mtimeMs: number }>, sha256: string): void {
    const put = this.db.prepare('INSERT INTO files (path, sha256, size, mtime_ms) VALUES (?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, mtime_ms = excluded.mtime_ms');
    this.db.transaction(() => {
      for (const f of files) put.run(f.path, sha256, f.size, f.mtimeMs);
    })();
  }

  /** One document, its rows and its file paths, all or nothing. */
  commit(sha256: string, version: string, records: FileRecords, files: Array<{ path: string; size: number; mtimeMs: number }>): void {
    const insertRow = this.db.prepare('INSERT INTO rows (sha256, kind, seq, record) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM rows WHERE sha256 = ?').run(sha256);
      this.db
        .prepare(
          `INSERT INTO documents (sha256, document_id, version, status, error, processed_at, record) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(sha256) DO UPDATE SET document_id = excluded.document_id, version = excluded.version, status = excluded.status,
             error = excluded.error, processed_at = excluded.processed_at, record = excluded.record`,
        )
        .run(sha256, records.document.document_id, version, records.document.status, records.document.error, new Date().toISOString(), JSON.stringify(records.document));
      for (const kind of ['references', 'indicators', 'unmatched'] as const) {
        records[kind].forEach((r, i) => insertRow.run(sha256, kind, i, JSON.stringify(r)));
      }
      this.putFiles(files, sha256);
    })();
  }

  /**
   * Drop files not seen in this run, then documents no file points to any more.
   * Returns how many documents were removed.
   */
  /**
   * Forget files that vanished: stored paths under `scope` (the run's inputs: a file, or a folder
   * and everything below it; every path when `scope` is null) that this run did not see. Documents
   * left without any file go with their rows: `replaced` when a path they had now holds other
   * content (the file changed), `removed` when their files are gone.
   */
  prune(seenPaths: Set<string>, scope: string[] | null, before: Map<string, string>): { removed: number; replaced: number } {
    const inScope = (p: string) => scope === null || scope.some((s) => p === s || p.startsWith(s.endsWith(pathSep) ? s : s + pathSep));
    return this.db.transaction(() => {
      const all = this.db.prepare('SELECT path FROM files').all() as Array<{ path: string }>;
      const del = this.db.prepare('DELETE FROM files WHERE path = ?');
      for (const { path } of all) if (inScope(path) && !seenPaths.has(path)) del.run(path);
      const orphans = this.db.prepare('SELECT sha256 FROM documents WHERE sha256 NOT IN (SELECT sha256 FROM files)').all() as Array<{ sha256: string }>;
      const changed = new Set<string>();
      for (const [p, sha] of before) if (seenPaths.has(p)) changed.add(sha);
      let replaced = 0;
      for (const { sha256 } of orphans) {
        if (changed.has(sha256)) replaced++;
        this.db.prepare('DELETE FROM rows WHERE sha256 = ?').run(sha256);
        this.db.prepare('DELETE FROM documents WHERE sha256 = ?').run(sha256);
      }
      return { removed: orphans.length - replaced, replaced };
    })();
  }

  /** Path → content hash of every stored file (to tell a changed file from a vanished one). */
  fileHashes(): Map<string, string> {
    const out = new Map<string, string>();
    for (const r of this.db.prepare('SELECT path, sha256 FROM files').iterate() as Iterable<{ path: string; sha256: string }>) out.set(r.path, r.sha256);
    return out;
  }

  /** Paths of each document's content, sorted, for documents that have at least one file. */
  pathsBySha(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const r of this.db.prepare('SELECT sha256, path FROM files ORDER BY path').iterate() as Iterable<{ sha256: string; path: string }>) {
      out.set(r.sha256, [...(out.get(r.sha256) ?? []), r.path]);
    }
    return out;
  }

  /** Document records one at a time (memory stays flat however large the corpus). */
  *documents(): Generator<{ sha256: string; record: DocumentRecord }> {
    for (const r of this.db.prepare('SELECT sha256, record FROM documents').iterate() as Iterable<{ sha256: string; record: string }>) {
      yield { sha256: r.sha256, record: JSON.parse(r.record) as DocumentRecord };
    }
  }

  *rows<K extends RowKind>(kind: K): Generator<{ sha256: string; record: RowOf<K> }> {
    for (const r of this.db.prepare('SELECT sha256, record FROM rows WHERE kind = ? ORDER BY sha256, seq').iterate(kind) as Iterable<{ sha256: string; record: string }>) {
      yield { sha256: r.sha256, record: JSON.parse(r.record) as RowOf<K> };
    }
  }

  /** One document's rows of one kind, in the order it was read (a small list: one document's). */
  rowsOf<K extends RowKind>(sha256: string, kind: K): RowOf<K>[] {
    // Prepared once: the writers call this for every document on every walk of the rows.
    this.rowsOfQuery ??= this.db.prepare('SELECT record FROM rows WHERE sha256 = ? AND kind = ? ORDER BY seq').pluck();
    return (this.rowsOfQuery.all(sha256, kind) as string[]).map((r) => JSON.parse(r) as RowOf<K>);
  }

  private rowsOfQuery: Database.Statement | undefined;

  /** A digest of which documents (content and pipeline version) are found at which paths: what the outputs are made from. */
  contentsDigest(): string {
    const h = createHash('sha256');
    for (const r of this.db.prepare('SELECT sha256, version FROM documents ORDER BY sha256').iterate() as Iterable<{ sha256: string; version: string }>) h.update(`${r.sha256} ${r.version}\n`);
    for (const r of this.db.prepare('SELECT path, sha256 FROM files ORDER BY path').iterate() as Iterable<{ path: string; sha256: string }>) h.update(`${r.path}\t${r.sha256}\n`);
    return h.digest('hex');
  }

  getMeta(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  count(table: 'documents' | 'files'): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
}
