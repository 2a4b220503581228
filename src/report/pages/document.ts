/** A document's page: status, metadata, warnings, and every reference and statement read from it. */
import type { DocumentRecord } from '../../schemas.js';
import { esc, valueCell, list, page, statusBadge } from '../html.js';
import type { ReportModel } from '../model.js';

export function documentPage(m: ReportModel, d: DocumentRecord): string {
  const refs = m.referencesOf(d.document_id);
  const stmts = m.indicatorsOf(d.document_id);
  const unmatched = m.unmatchedOf(d.document_id);
  const meta: [string, string][] = [
    ['Files', d.source_files.map(esc).join('<br>')],
    ['Format', esc(d.format)],
    ['Pages', d.pages === null ? '—' : esc(d.pages)],
    ['Bytes', esc(d.bytes.toLocaleString('en'))],
    ['Type', esc(d.doc_type)],
    ['Number', esc(d.number)],
    ['Issued', esc(d.issue_date)],
    ['Issuer', esc(d.issuer)],
    ['Place', esc(d.place)],
    ['Signed by', esc([d.signer_title, d.signer].filter(Boolean).join(' — '))],
    ['Period', esc(d.period)],
    ['Blocks / footnotes', `${d.blocks} / ${d.footnotes}`],
    ['SHA-256', `<code>${esc(d.sha256)}</code>`],
  ];
  const refRows = refs.map(
    (r) => `<tr>
<td><a href="../decisions.html#q=${encodeURIComponent(r.key)}">${esc(r.key)}</a>${r.scope === 'local' && r.province ? `<br><small>${esc(r.province)}</small>` : ''}</td>
<td>${esc(r.type)}</td><td>${esc(r.relation)}</td><td>${esc(r.issue_date)}</td>
<td>${r.pages.length ? esc(r.pages.join(', ')) : '—'}${r.in_footnote ? ' <small>(footnote)</small>' : ''}</td>
<td class="quote">${esc(r.context)}${r.warnings.length ? `<div class="warn">${r.warnings.map(esc).join('<br>')}</div>` : ''}</td></tr>`,
  );
  const stmtRows = stmts.map((s) => {
    const series = m.seriesFileOf.get(s.series_id);
    const label = series ? `<a href="../${series}">${esc(s.label)}</a>` : esc(s.label);
    return `<tr id="${m.anchorOf.get(s)}" class="kind-${esc(s.kind)}">
<td>${label}${s.entity ? `<br><small>${esc(s.entity)}</small>` : ''}</td>
<td class="num">${valueCell(s)}</td>
<td>${esc(s.kind)}${s.qualifier ? ` <small>(${esc(s.qualifier)})</small>` : ''}</td><td>${esc(s.period)}</td>
<td>${s.page ?? '—'}</td>
<td class="quote"><q>${esc(s.quote)}</q>${s.section ? `<br><small>§ ${esc(s.section)}</small>` : ''}${s.warnings.length ? `<div class="warn">${s.warnings.map(esc).join('<br>')}</div>` : ''}</td></tr>`;
  });
  const body = `<h1>${esc(d.title || d.source_file)}</h1>
<p class="sub">${statusBadge(d.status)} <code>${esc(d.source_file)}</code></p>
${d.error ? `<p class="error">${esc(d.error)}</p>` : ''}
<section><h2>Metadata</h2><table class="meta">${meta.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table></section>
<section><h2>Warnings (${d.warnings.length})</h2>${list(d.warnings.map(esc))}</section>
<section><h2>References (${refs.length})</h2>${refs.length ? `<table><thead><tr><th>Key</th><th>Type</th><th>Relation</th><th>Date</th><th>Pages</th><th>Context</th></tr></thead><tbody>${refRows.join('')}</tbody></table>` : '<p class="none">None.</p>'}</section>
<section><h2>Statements (${stmts.length})</h2>${stmts.length ? `<table class="statements fixed"><colgroup><col class="w-label"><col class="w-value"><col class="w-kind"><col class="w-period"><col class="w-page"><col></colgroup><thead><tr><th>Label</th><th>Value</th><th>Kind</th><th>Period</th><th>Page</th><th>Quote</th></tr></thead><tbody>${stmtRows.join('')}</tbody></table>` : '<p class="none">None.</p>'}</section>
<section><h2>Figures without a label (${unmatched.length})</h2>${unmatched.length ? `<table class="fixed"><colgroup><col class="w-label"><col class="w-value"><col class="w-page"><col></colgroup><thead><tr><th>Words before</th><th>Value</th><th>Page</th><th>Sentence</th></tr></thead><tbody>${unmatched.map((u) => `<tr><td>${esc(u.label)}</td><td class="num">${esc(u.value.toLocaleString('vi-VN'))}${u.unit ? ` <small>${esc(u.unit)}</small>` : ''}</td><td>${u.page ?? '—'}</td><td class="quote"><q>${esc(u.quote)}</q></td></tr>`).join('')}</tbody></table>` : '<p class="none">None.</p>'}</section>`;
  return page({ title: d.title || d.source_file, section: 'documents', root: '../', body });
}
