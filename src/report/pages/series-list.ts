/** Every series, curated and discovered, filterable by words and by kind. */
import { esc, page } from '../html.js';
import type { ReportModel } from '../model.js';
import { filterBox } from './filter-box.js';

export function seriesListPage(m: ReportModel): string {
  // Curated first, then the most documented.
  const series = [...m.series].sort((a, b) => Number(b.curated) - Number(a.curated) || b.documents - a.documents || a.name.localeCompare(b.name));
  const rows = series.map((s) => {
    const kind = s.curated ? 'curated' : 'discovered';
    const words = [s.name, s.series_id, s.unit, ...s.labels].join(' ');
    return `<tr data-words="${esc(words)}" data-kind="${kind}"><td><span class="tag ${kind}">${kind}</span></td><td><a href="${m.seriesFileOf.get(s.series_id)}">${esc(s.name)}</a><br><small><code>${esc(s.series_id)}</code></small></td>
<td>${esc(s.unit)}</td><td class="num">${s.documents}</td><td class="num">${s.statements}</td><td>${esc(s.periods.join(', '))}</td></tr>`;
  });
  const curated = m.series.filter((s) => s.curated).length;
  const body = `<h1>Series (${m.series.length})</h1>
${filterBox('Kind', [
  ['curated', `curated (${curated})`],
  ['discovered', `discovered (${m.series.length - curated})`],
])}
<table class="filterable"><thead><tr><th>Kind</th><th>Series</th><th>Unit</th><th>Documents</th><th>Statements</th><th>Periods</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return page({ title: 'Series', section: 'series', root: '', body, scripts: ['assets/common.js', 'assets/filter.js'] });
}
