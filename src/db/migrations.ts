/**
 * The PostgreSQL schema, as numbered migrations applied in order and recorded in
 * schema_migrations. Run under an advisory lock, so machines starting together apply each one
 * once; a migration is never edited after release, a change is a new one at the end.
 * Tables mirror the record schemas of src/schemas.ts column for column, with the same names as
 * index.sqlite (arrays and objects as jsonb); source_file is not stored on rows because it
 * depends on where a content is found (files), not on the content.
 */
import type pg from 'pg';

export const SCHEMA = 'vn_report';
// Any constant works; it only has to be the same on every machine.
const LOCK_KEY = 0x766e7278;

interface Migration {
  version: number;
  name: string;
  sql: (unaccentSchema: string) => string;
}

// Vietnamese folded for search: NFC, marks removed by unaccent, đ/Đ made d/D (unaccent's rules
// have them today; translate keeps search working with a rules file that lacks them), lower case.
// unaccent() is only STABLE (its dictionary could change); the wrapper names the dictionary so
// it can be IMMUTABLE and used in generated columns, which is the documented way to index it.
const FOLD = (u: string) => `
CREATE OR REPLACE FUNCTION ${SCHEMA}.vn_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(translate(${u}.unaccent('${u}.unaccent'::regdictionary, normalize(t, NFC)), 'đĐ', 'dD')) $$;
`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'typed tables for files, documents and their rows, with full-text search',
    sql: (u) => `
${FOLD(u)}
CREATE TABLE ${SCHEMA}.files (
  path text PRIMARY KEY,
  sha256 text NOT NULL,
  size bigint NOT NULL,
  mtime_ms double precision NOT NULL,
  seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX files_sha ON ${SCHEMA}.files (sha256);

CREATE TABLE ${SCHEMA}.documents (
  sha256 text NOT NULL,
  version text NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  processed_by text NOT NULL DEFAULT '',
  document_id text NOT NULL,
  source_file text NOT NULL,
  source_files jsonb NOT NULL,
  format text NOT NULL,
  bytes bigint NOT NULL,
  pages integer,
  status text NOT NULL CHECK (status IN ('ok', 'partial', 'failed', 'needs_ocr')),
  error text NOT NULL,
  title text NOT NULL,
  doc_type text NOT NULL,
  number text NOT NULL,
  issue_date text NOT NULL,
  issuer text NOT NULL,
  place text NOT NULL,
  signer text NOT NULL,
  signer_title text NOT NULL,
  period text NOT NULL,
  blocks integer NOT NULL,
  footnotes integer NOT NULL,
  warnings jsonb NOT NULL,
  fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', ${SCHEMA}.vn_fold(title || ' ' || doc_type || ' ' || number || ' ' || issuer || ' ' || place || ' ' || signer))) STORED,
  PRIMARY KEY (sha256, version)
);
CREATE INDEX documents_fts ON ${SCHEMA}.documents USING gin (fts);
CREATE INDEX documents_id ON ${SCHEMA}.documents (document_id);

CREATE TABLE ${SCHEMA}."references" (
  sha256 text NOT NULL,
  version text NOT NULL,
  seq integer NOT NULL,
  document_id text NOT NULL,
  key text NOT NULL,
  type text NOT NULL,
  number text NOT NULL,
  year integer,
  symbol text NOT NULL,
  issuer text NOT NULL,
  issue_date text NOT NULL,
  subject text NOT NULL,
  relation text NOT NULL,
  mentions integer NOT NULL,
  in_footnote boolean NOT NULL,
  pages jsonb NOT NULL,
  context text NOT NULL,
  ocr_confidence double precision,
  scope text NOT NULL,
  province text NOT NULL,
  province_from text NOT NULL,
  province_now text NOT NULL,
  warnings jsonb NOT NULL,
  fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', ${SCHEMA}.vn_fold(key || ' ' || type || ' ' || issuer || ' ' || subject || ' ' || context))) STORED,
  PRIMARY KEY (sha256, version, seq),
  FOREIGN KEY (sha256, version) REFERENCES ${SCHEMA}.documents ON DELETE CASCADE
);
CREATE INDEX references_key ON ${SCHEMA}."references" (key);
CREATE INDEX references_fts ON ${SCHEMA}."references" USING gin (fts);

CREATE TABLE ${SCHEMA}.indicators (
  sha256 text NOT NULL,
  version text NOT NULL,
  seq integer NOT NULL,
  document_id text NOT NULL,
  series_id text NOT NULL,
  catalog boolean NOT NULL,
  label text NOT NULL,
  label_normalized text NOT NULL,
  entity text NOT NULL,
  value double precision NOT NULL,
  upper double precision,
  unit text NOT NULL,
  numerator double precision,
  denominator double precision,
  qualifier text NOT NULL,
  kind text NOT NULL,
  period text NOT NULL,
  as_of text NOT NULL,
  page integer,
  section text NOT NULL,
  quote text NOT NULL,
  figure text NOT NULL,
  block integer NOT NULL,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  label_from text NOT NULL,
  confidence double precision NOT NULL,
  ocr boolean NOT NULL,
  count integer NOT NULL,
  warnings jsonb NOT NULL,
  fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', ${SCHEMA}.vn_fold(label || ' ' || section || ' ' || quote))) STORED,
  PRIMARY KEY (sha256, version, seq),
  FOREIGN KEY (sha256, version) REFERENCES ${SCHEMA}.documents ON DELETE CASCADE
);
CREATE INDEX indicators_series ON ${SCHEMA}.indicators (series_id, period);
CREATE INDEX indicators_fts ON ${SCHEMA}.indicators USING gin (fts);

CREATE TABLE ${SCHEMA}.unmatched (
  sha256 text NOT NULL,
  version text NOT NULL,
  seq integer NOT NULL,
  document_id text NOT NULL,
  label text NOT NULL,
  value double precision NOT NULL,
  unit text NOT NULL,
  page integer,
  quote text NOT NULL,
  PRIMARY KEY (sha256, version, seq),
  FOREIGN KEY (sha256, version) REFERENCES ${SCHEMA}.documents ON DELETE CASCADE
);
`,
  },
  {
    version: 2,
    name: 'corpus-wide decisions and series, refreshed by export',
    sql: () => `
CREATE TABLE ${SCHEMA}.decisions (
  decision_id text PRIMARY KEY,
  key text NOT NULL,
  type text NOT NULL,
  number text NOT NULL,
  year integer,
  symbol text NOT NULL,
  scope text NOT NULL,
  issuer text NOT NULL,
  province text NOT NULL,
  province_now text NOT NULL,
  issue_date text NOT NULL,
  dates_seen jsonb NOT NULL,
  types_seen jsonb NOT NULL,
  variants jsonb NOT NULL,
  subject text NOT NULL,
  cited_by jsonb NOT NULL,
  citations integer NOT NULL,
  mentions integer NOT NULL,
  conflicts jsonb NOT NULL,
  warnings jsonb NOT NULL,
  fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', ${SCHEMA}.vn_fold(key || ' ' || type || ' ' || issuer || ' ' || province || ' ' || subject))) STORED
);
CREATE INDEX decisions_key ON ${SCHEMA}.decisions (key);
CREATE INDEX decisions_fts ON ${SCHEMA}.decisions USING gin (fts);

CREATE TABLE ${SCHEMA}.series (
  series_id text PRIMARY KEY,
  curated boolean NOT NULL,
  name text NOT NULL,
  unit text NOT NULL,
  labels jsonb NOT NULL,
  merged_from jsonb NOT NULL,
  documents integer NOT NULL,
  statements integer NOT NULL,
  periods jsonb NOT NULL
);
`,
  },
  {
    version: 3,
    name: 'short forms: unresolved in their document, and linked across documents',
    // Existing rows were written before short forms were kept: none known, which the next run of each document replaces.
    sql: () => `
ALTER TABLE ${SCHEMA}.documents ADD COLUMN short_forms jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE ${SCHEMA}.decisions ADD COLUMN short_forms jsonb NOT NULL DEFAULT '[]'::jsonb;
`,
  },
];

export const LATEST = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Bring the database to the latest schema; safe to call from many machines at once. Returns the versions applied now. */
export async function migrate(client: pg.ClientBase, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${SCHEMA}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ version: number }>(`SELECT version FROM ${SCHEMA}.schema_migrations`)).rows.map((r) => r.version));
    const todo = migrations.filter((m) => !done.has(m.version));
    if (!todo.length) return [];
    const unaccent = await unaccentSchema(client);
    const applied: number[] = [];
    for (const m of todo) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql(unaccent));
        await client.query(`INSERT INTO ${SCHEMA}.schema_migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
        await client.query('COMMIT');
        applied.push(m.version);
      } catch (e) {
        await client.query('ROLLBACK');
        throw new Error(`database migration ${m.version} (${m.name}) failed: ${(e as Error).message}`);
      }
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }
}

/** The schema holding unaccent, installing it when missing (a trusted extension: the database owner may). */
async function unaccentSchema(client: pg.ClientBase): Promise<string> {
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS unaccent');
  } catch (e) {
    throw new Error(`the unaccent extension is needed for Vietnamese search and could not be installed (${(e as Error).message}): ask the database administrator to run CREATE EXTENSION unaccent in this database`);
  }
  const r = await client.query<{ nspname: string }>("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'");
  return `"${r.rows[0].nspname.replace(/"/g, '""')}"`;
}
