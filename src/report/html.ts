/**
 * HTML building blocks shared by every page: escaping (every string from the outputs is hostile
 * until escaped), data embedded for scripts, and the page frame with its navigation.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value, escaped. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * JSON safe inside a <script> element or a .js file: "<" is written as \u003c so no string can
 * close the element or open a comment, and U+2028/2029 (line breaks to old JS parsers) escaped.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A data file loaded by <script src>: Chromium refuses to fetch file:// URLs but runs a script from one. */
export function dataScript(global: string, value: unknown): string {
  return `window.${global} = ${scriptJson(value)};\n`;
}

/** A chunk of citations, merged into window.VNX_CITED (decision index → its citing files). */
export function citationsScript(byDecision: Record<number, unknown>): string {
  return `Object.assign((window.VNX_CITED = window.VNX_CITED || {}), ${scriptJson(byDecision)});\n`;
}

export type Section = 'overview' | 'documents' | 'decisions' | 'series';

export interface PageOptions {
  title: string;
  section: Section;
  /** "" for pages at the report root, "../" for those one folder down. */
  root: string;
  body: string;
  /** Scripts under assets/ or data/, relative to the report root, in load order. */
  scripts?: string[];
}

// Nothing may leave the page: scripts, styles and images only from the report's own files,
// no connections, no frames, no forms. Data reaches scripts as <script type="application/json">.
const CSP = "default-src 'none'; script-src file:; style-src file: 'unsafe-inline'; img-src file: data:; font-src file:; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'";

const NAV: [Section, string, string][] = [
  ['overview', 'index.html', 'Overview'],
  ['documents', 'documents.html', 'Documents'],
  ['decisions', 'decisions.html', 'Decisions'],
  ['series', 'series.html', 'Series'],
];

export function page(o: PageOptions): string {
  const nav = NAV.map(([s, href, label]) => `<a href="${o.root}${href}"${s === o.section ? ' aria-current="page"' : ''}>${label}</a>`).join('');
  const scripts = (o.scripts ?? []).map((s) => `<script src="${o.root}${esc(s)}"></script>`).join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)} · vn-report-extract</title>
<link rel="stylesheet" href="${o.root}assets/report.css">
</head>
<body data-section="${o.section}">
<header><span class="brand">vn-report-extract</span><nav>${nav}</nav></header>
<main>
${o.body}
</main>
${scripts}
</body>
</html>
`;
}

/** Embedded data for a page's script (not executed, so outside script-src). */
export function jsonBlock(id: string, value: unknown): string {
  return `<script type="application/json" id="${esc(id)}">${scriptJson(value)}</script>`;
}

export function statusBadge(status: string): string {
  return `<span class="status status-${esc(status)}">${esc(status)}</span>`;
}

export function list(items: string[], empty = '<p class="none">None.</p>'): string {
  return items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : empty;
}

/** A statement's value (the number the series holds, with its unit), and the figure as written when that reads otherwise ("03/09" for 33,33 %). */
export function valueCell(r: { figure: string; value: number; unit: string }): string {
  const value = r.value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  const shown = `${esc(value)}${r.unit ? ` <small>${esc(r.unit)}</small>` : ''}`;
  const plain = r.figure.replace(/\s+/g, '');
  return plain && plain !== `${value}${r.unit}`.replace(/\s+/g, '') && plain !== value ? `${shown}<br><small>as written: ${esc(r.figure)}</small>` : shown;
}
