/**
 * A series' page: its chart (one line per entity and kind; actual, estimate and target drawn
 * differently), then every statement with its document, page and quote.
 */
import type { IndicatorRecord, SeriesRecord } from '../../schemas.js';
import { esc, valueCell, jsonBlock, list, page } from '../html.js';
import { documentFile, isPoint, periodsInOrder, type ReportModel } from '../model.js';

export interface ChartPoint {
  x: string;
  y: number;
  href: string;
  source: string;
  quote: string;
}

export interface ChartData {
  unit: string;
  periods: string[];
  lines: { entity: string; kind: string; points: ChartPoint[] }[];
}

export function chartData(m: ReportModel, s: SeriesRecord, rows: IndicatorRecord[]): ChartData {
  const periods = periodsInOrder(rows);
  const order = new Map(periods.map((p, i) => [p, i]));
  const lines = new Map<string, ChartData['lines'][number]>();
  for (const r of rows.filter(isPoint)) {
    const k = `${r.entity}\u0000${r.kind}`;
    if (!lines.has(k)) lines.set(k, { entity: r.entity, kind: r.kind, points: [] });
    lines.get(k)!.points.push({
      x: r.period,
      y: r.value,
      href: `../${documentFile(r.document_id)}#${m.anchorOf.get(r)}`,
      source: `${r.source_file}${r.page ? ` p. ${r.page}` : ''}`,
      quote: r.quote.length > 300 ? `${r.quote.slice(0, 300)}…` : r.quote,
    });
  }
  for (const l of lines.values()) l.points.sort((a, b) => order.get(a.x)! - order.get(b.x)!);
  const kindOrder = ['actual', 'estimate', 'target'];
  return {
    unit: s.unit,
    periods,
    lines: [...lines.values()].sort((a, b) => a.entity.localeCompare(b.entity) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind)),
  };
}

export function seriesPage(m: ReportModel, s: SeriesRecord): string {
  const rows = m.indicatorsOfSeries(s.series_id);
  const data = chartData(m, s, rows);
  const points = data.lines.reduce((n, l) => n + l.points.length, 0);
  const notDrawn = rows.length - points;
  const order = new Map(data.periods.map((p, i) => [p, i]));
  const sorted = [...rows].sort((a, b) => (order.get(a.period) ?? 1e9) - (order.get(b.period) ?? 1e9) || a.entity.localeCompare(b.entity) || a.source_file.localeCompare(b.source_file));
  const table = sorted.map(
    (r) => `<tr class="kind-${esc(r.kind)}"><td>${esc(r.period) || '—'}</td><td>${esc(r.entity) || '<small>own scope</small>'}</td><td>${esc(r.kind)}${r.qualifier ? ` <small>(${esc(r.qualifier)})</small>` : ''}</td>
<td class="num">${valueCell(r)}</td>
<td><a href="../${documentFile(r.document_id)}#${m.anchorOf.get(r)}">${esc(r.source_file)}</a>${r.page ? ` p.&nbsp;${r.page}` : ''}</td><td class="quote"><q>${esc(r.quote)}</q></td></tr>`,
  );
  const body = `<h1>${esc(s.name)}</h1>
<p class="sub">${s.curated ? '<span class="tag curated">curated</span>' : '<span class="tag discovered">discovered</span>'} <code>${esc(s.series_id)}</code>${s.unit ? ` · unit <b>${esc(s.unit)}</b>` : ''} · ${s.documents} document(s), ${s.statements} statement(s)</p>
<figure class="chart"><div class="chart-box"><canvas id="chart" data-points="${points}" aria-label="${esc(s.name)}: ${points} values"></canvas></div>
<figcaption>Solid line, filled dots: actual · dotted line, hollow dots: estimate (ước) · dashed line, triangles: target. One colour per entity. Click a point to open its document at the quote.${notDrawn ? ` ${notDrawn} statement(s) without a period or stating a change are listed below, not drawn.` : ''}</figcaption></figure>
${jsonBlock('chart-data', data)}
<section><h2>Values (${rows.length})</h2><table class="fixed"><colgroup><col class="w-period"><col class="w-entity"><col class="w-kind"><col class="w-value"><col class="w-doc"><col></colgroup><thead><tr><th>Period</th><th>Entity</th><th>Kind</th><th>Value</th><th>Document</th><th>Quote</th></tr></thead><tbody>${table.join('')}</tbody></table></section>
<section><h2>Labels</h2>${list(s.labels.map(esc))}${s.merged_from.length ? `<p>Merged from: ${s.merged_from.map((x) => `<code>${esc(x)}</code>`).join(', ')}</p>` : ''}</section>`;
  return page({ title: s.name, section: 'series', root: '../', body, scripts: ['assets/chart.umd.min.js', 'assets/series-chart.js'] });
}
