/**
 * Views for the questions people ask of the outputs. Plain SQL that any SQLite of the last years
 * runs (JSON1, no aggregate ORDER BY, no ->> operators): Datasette's bundled SQLite may be old.
 */

export interface View {
  name: string;
  description: string;
  sql: string;
}

export const VIEWS: View[] = [
  {
    name: 'series_with_sources',
    description: 'A series period by period as timeseries.csv shows it (actual, else estimate; never a target), with the value, whether documents disagree, and every source with its page.',
    sql: `SELECT p.series_id, s.name, s.curated, p.entity, p.period, p.period_start, p.period_end,
  CASE WHEN min(p.value) = max(p.value) THEN min(p.value) END AS value,
  min(p.value) <> max(p.value) AS conflict,
  group_concat(DISTINCT p.value) AS values_stated,
  p.unit,
  count(*) AS statements,
  group_concat(p.source_file || CASE WHEN p.page IS NULL THEN '' ELSE ' p.' || p.page END || CASE WHEN p.kind = 'actual' THEN '' ELSE ' (' || p.kind || ')' END, '; ') AS sources
FROM series_points p JOIN series s ON s.series_id = p.series_id
WHERE p.in_timeseries = 1
GROUP BY p.series_id, p.entity, p.period`,
  },
  {
    name: 'decision_citations_view',
    description: 'Every citation of a decision: the decision, the citing report (file, title, number, date), the pages it is cited on, and the sentence citing it.',
    sql: `SELECT d.decision_id, d.key, d.type, d.number, d.issue_date AS decision_date, d.issuer AS decision_issuer,
  r.key AS cited_as, r.document_id, r.source_file, doc.title AS report_title, doc.number AS report_number, doc.issue_date AS report_date,
  (SELECT group_concat(page, ', ') FROM (SELECT page FROM reference_pages rp WHERE rp.reference_id = r.reference_id ORDER BY page)) AS pages,
  r.in_footnote, r.relation, r.mentions, r.context, r.reference_id
FROM "references" r
JOIN decisions d ON d.decision_id = r.decision_id
JOIN documents doc ON doc.document_id = r.document_id`,
  },
  {
    name: 'documents_with_warnings',
    description: 'Documents that failed, need OCR, were read in part or carry warnings, with their warnings one per line and how many of their references and statements carry warnings.',
    sql: `SELECT d.document_id, d.source_file, d.status, d.error,
  json_array_length(d.warnings) AS warning_count,
  (SELECT group_concat(w.value, char(10)) FROM json_each(d.warnings) w) AS warnings,
  (SELECT count(*) FROM "references" r WHERE r.document_id = d.document_id AND r.warnings <> '[]') AS references_with_warnings,
  (SELECT count(*) FROM indicators i WHERE i.document_id = d.document_id AND i.warnings <> '[]') AS statements_with_warnings
FROM documents d
WHERE d.status <> 'ok' OR d.warnings <> '[]'`,
  },
  {
    name: 'document_warnings',
    description: 'One row per warning of a document (facet it by status or by warning in Datasette).',
    sql: `SELECT d.document_id, d.source_file, d.status, w.value AS warning
FROM documents d, json_each(d.warnings) w`,
  },
  {
    name: 'decision_conflicts',
    description: 'Decisions whose citations disagree (dates, types): what an archivist must check, with the reports behind each side.',
    sql: `SELECT decision_id, key, scope, province, issue_date, dates_seen, types_seen, conflicts, citations, cited_by
FROM decisions
WHERE conflicts <> '[]'`,
  },
  {
    name: 'statements_by_document',
    description: 'How many statements, series and references each document has: a first look at what a report yields.',
    sql: `SELECT d.document_id, d.source_file, d.title, d.status,
  (SELECT count(*) FROM indicators i WHERE i.document_id = d.document_id) AS statements,
  (SELECT count(DISTINCT i.series_id) FROM indicators i WHERE i.document_id = d.document_id) AS series,
  (SELECT count(*) FROM "references" r WHERE r.document_id = d.document_id) AS "references"
FROM documents d`,
  },
];

export const createViewSql = (v: View) => `CREATE VIEW "${v.name}" AS\n${v.sql}`;
