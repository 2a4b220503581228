/** The first page: what the run covered, counts per status, and the problems to look at. Kept small. */
import { esc, list, page, statusBadge } from '../html.js';
import { byPeriodEnd } from '../../resolve/series.js';
import { documentFile, type ReportModel } from '../model.js';

const SHOWN = 30;

export function overviewPage(m: ReportModel, builtAt: string): string {
  const run = m.run;
  const byStatus: Record<string, number> = { ok: 0, partial: 0, failed: 0, needs_ocr: 0 };
  for (const d of m.documents) byStatus[d.status] = (byStatus[d.status] ?? 0) + 1;
  const problems = m.documents.filter((d) => d.status !== 'ok');
  const withWarnings = m.documents.filter((d) => d.status === 'ok' && d.warnings.length).sort((a, b) => b.warnings.length - a.warnings.length);
  const conflicting = m.decisions.filter((d) => d.conflicts.length).sort((a, b) => b.citations - a.citations);
  const curated = m.series.filter((s) => s.curated).length;
  const more = (n: number, href: string, what: string) => (n > SHOWN ? `<p><a href="${href}">… and ${n - SHOWN} more ${what}</a></p>` : '');
  const docLink = (d: (typeof m.documents)[number]) => `<a href="${documentFile(d.document_id)}">${esc(d.source_file)}</a>`;
  const counts: [string, string, string][] = [
    ['Documents', String(m.documents.length), 'documents.html'],
    ['References', String(m.counts.references), 'documents.html'],
    ['Decisions', String(m.decisions.length), 'decisions.html'],
    ['Statements', String(m.counts.indicators), 'series.html'],
    ['Series', `${m.series.length} (${curated} curated)`, 'series.html'],
  ];
  const runRows: [string, string][] = run
    ? [
        ['Inputs', run.inputs.map(esc).join('<br>')],
        ['Run', `${esc(run.started_at)} → ${esc(run.finished_at)} (${(run.duration_ms / 1000).toFixed(1)} s)`],
        ['Files seen', `${run.files_seen}: ${run.processed} processed, ${run.unchanged} unchanged, ${run.replaced} replaced, ${run.removed} removed${run.interrupted ? ' — <b>interrupted</b>' : ''}`],
        ['Skipped', String(run.skipped.length)],
        ['Pipeline', `<code>${esc(run.pipeline_version)}</code>`],
        ['Exit code', String(run.exit_code)],
      ]
    : [];
  // What the documents cover, from the documents themselves (also when run.json is missing).
  const periods = [...new Set(m.documents.map((d) => d.period).filter(Boolean))].sort(byPeriodEnd);
  const tally = (values: string[]) =>
    [...values.reduce((c, v) => c.set(v, (c.get(v) ?? 0) + 1), new Map<string, number>())]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([v, n]) => `${esc(v)} ${n}`)
      .join(', ');
  runRows.push(
    ['Periods reported on', periods.length ? `${esc(periods[0])} … ${esc(periods[periods.length - 1])} (${periods.length} distinct)` : '—'],
    ['Document types', tally(m.documents.map((d) => d.doc_type || '(unread)'))],
    ['Formats', tally(m.documents.map((d) => d.format))],
  );
  const runWarnings = [...(run?.warnings ?? []), ...m.warnings];
  const body = `<h1>Overview</h1>
<p class="sub">Report of <code>${esc(m.outDir)}</code>, built ${esc(builtAt)}.</p>
<section class="cards">${counts.map(([k, v, href]) => `<a class="card" href="${href}"><b>${esc(v)}</b><span>${k}</span></a>`).join('')}</section>
<section><h2>Documents per status</h2><table class="meta">${Object.entries(byStatus)
    .map(([s, n]) => `<tr><th><a href="documents.html#kind=${esc(s)}">${statusBadge(s)}</a></th><td class="num">${n}</td></tr>`)
    .join('')}</table></section>
${runRows.length ? `<section><h2>What the run covered</h2><table class="meta">${runRows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table></section>` : ''}
<section><h2>Problems to look at</h2>
<h3>Documents not fully read (${problems.length})</h3>${list(problems.slice(0, SHOWN).map((d) => `${statusBadge(d.status)} ${docLink(d)} — ${esc(d.error || d.warnings[0] || '')}`))}${more(problems.length, 'documents.html', 'documents')}
<h3>Decisions with conflicting citations (${conflicting.length})</h3>${list(conflicting.slice(0, SHOWN).map((d) => `<a href="decisions.html#q=${encodeURIComponent(d.key)}">${esc(d.decision_id)}</a> — ${d.conflicts.map(esc).join('; ')}`))}${more(conflicting.length, 'decisions.html', 'decisions')}
<h3>Documents read with warnings (${withWarnings.length})</h3>${list(withWarnings.slice(0, SHOWN).map((d) => `${docLink(d)} — ${d.warnings.length} warning(s)`))}${more(withWarnings.length, 'documents.html', 'documents')}
<h3>Files skipped (${run?.skipped.length ?? 0})</h3>${list((run?.skipped ?? []).slice(0, SHOWN).map((k) => `<code>${esc(k.path)}</code> — ${esc(k.reason)}`))}
<h3>Run warnings (${runWarnings.length})</h3>${list(runWarnings.slice(0, SHOWN).map(esc))}
</section>`;
  return page({ title: 'Overview', section: 'overview', root: '', body });
}
