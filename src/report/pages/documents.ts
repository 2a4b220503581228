/** The list of documents, filterable by status and words (a table the filter script narrows). */
import { esc, page, statusBadge } from '../html.js';
import { documentFile, type ReportModel } from '../model.js';
import { filterBox } from './filter-box.js';

export function documentsPage(m: ReportModel): string {
  const rows = m.documents.map((d) => {
    const words = [d.source_file, d.title, d.doc_type, d.number, d.issuer, d.period, d.status].join(' ');
    return `<tr data-words="${esc(words)}" data-kind="${esc(d.status)}">
<td>${statusBadge(d.status)}</td><td><a href="${documentFile(d.document_id)}">${esc(d.source_file)}</a><br><small>${esc(d.title)}</small></td>
<td>${esc(d.doc_type)}</td><td>${esc(d.number)}</td><td>${esc(d.issue_date)}</td><td class="num">${d.pages ?? '—'}</td>
<td class="num">${m.referenceCount(d.document_id)}</td><td class="num">${m.indicatorCount(d.document_id)}</td><td class="num">${d.warnings.length}</td></tr>`;
  });
  const statuses = ['ok', 'partial', 'failed', 'needs_ocr'].map((s) => [s, `${s} (${m.documents.filter((d) => d.status === s).length})`] as [string, string]);
  const body = `<h1>Documents (${m.documents.length})</h1>
${filterBox('Status', statuses)}
<table class="filterable"><thead><tr><th>Status</th><th>File / title</th><th>Type</th><th>Number</th><th>Issued</th><th>Pages</th><th>Refs</th><th>Statements</th><th>Warnings</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>`;
  return page({ title: 'Documents', section: 'documents', root: '', body, scripts: ['assets/common.js', 'assets/filter.js'] });
}
