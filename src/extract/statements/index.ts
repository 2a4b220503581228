/**
 * The statement extractor: the framework that owns the loop and the offsets (after chrono).
 * For each block: parsers find figures (prose or table cells), then refiners run in order —
 * label, entity, kind, period, as_of — each a pure function of the figure's words. A figure no
 * label can be attached to is returned as unmatched, never guessed.
 */
import { Block, pageAt } from '../../model.js';
import { clauseEnd, clauseStart } from '../../text/clauses.js';
import { sentenceAround } from '../../text/sentences.js';
import { cellSpans, describeTable } from '../tables.js';
import { entityOf } from './entity.js';
import { proseFigures } from './figures.js';
import { cellKind, statementKind, TARGETS_FOLLOW } from './kind.js';
import { readLabel } from './label.js';
import { asOfDate, horizonOf, periodOf, PeriodContext } from './period.js';
import { tableFigures } from './table-figures.js';
import type { Figure, Statement } from './types.js';

export type { Statement, Figure, StatementKind } from './types.js';

export interface StatementContext extends PeriodContext {
  title?: string;
  issueDate?: string;
}

export interface Unlabelled {
  figure: Figure;
  blockIndex: number;
  page: number | null;
  left: string;
  quote: string;
}

// A clause of a speech's salutation or a signature: no measurements there.
const SKIP_BLOCK = /^(?:kính (?:thưa|gửi)|nơi nhận|số:)/iu;

export function extractStatements(blocks: Block[], ctx: StatementContext): { statements: Statement[]; unlabelled: Unlabelled[] } {
  const statements: Statement[] = [];
  const unlabelled: Unlabelled[] = [];
  const horizon = ctx.horizon ?? horizonOf(ctx.title ?? '');
  // Without a period of its own, a report still has a year: its title's, its issue date's, or
  // the first its headings name ("Tính gộp 2 tháng đầu năm" in a report on February 2007).
  const docYear =
    /^\d{4}/.exec(ctx.period ?? '')?.[0] ??
    /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(ctx.title ?? '')?.[1] ??
    ctx.issueDate?.slice(0, 4) ??
    firstYear(blocks);
  const pctx: PeriodContext = { ...ctx, horizon, year: docYear };
  let tableNo = 0;
  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'footnote' && !/\d/.test(block.text)) return;
    if (block.kind === 'table') {
      tableNo++;
      const grid = describeTable(block);
      if (grid) {
        const spans = cellSpans(block.rows ?? []);
        for (const { figure, cell } of tableFigures(grid, tableNo, docYear)) {
          // The figure's place in the block's text: provenance spans for table cells too.
          const span = spans.get(`${cell.row}:${cell.col}`);
          if (span) [figure.start, figure.end] = span;
          const page = span ? pageAt(block, span[0]) ?? null : tablePage(block, cell.row);
          const label = cell.header ? `${cell.rowLabel} / ${cell.header}` : cell.rowLabel;
          const kind = cellKind(cell.kind, cell.rowLabel);
          statements.push({
            figure,
            blockIndex,
            page,
            cell,
            label,
            labelFrom: 'table',
            kind,
            period: cell.period ?? periodOf(cell.rowLabel, 0, block.sectionPath, pctx, kind),
            asOf: '',
            entity: cell.entity ?? '',
            quote: `[bảng ${cell.table}, dòng ${cell.row + 1}, cột "${cell.header || cell.rowLabel}"] ${cell.entity && cell.header === '' ? `${cell.entity}: ` : `${cell.rowLabel}: `}${figure.raw}`,
            section: block.sectionPath[block.sectionPath.length - 1] ?? '',
            confidence: block.ocr !== undefined ? round((0.9 * block.ocr) / 100) : 0.9,
            warnings: [],
          });
        }
        return;
      }
    }
    if (SKIP_BLOCK.test(block.text)) return;
    proseStatements(block, blockIndex, pctx, statements, unlabelled);
  });
  return { statements, unlabelled };
}

function proseStatements(block: Block, blockIndex: number, ctx: PeriodContext, out: Statement[], unlabelled: Unlabelled[]): void {
  const text = block.text;
  const figures = proseFigures(text);
  let readEnd = 0;
  let previous: Statement | null = null;
  let prevClause = -1;
  let previousVerb = '';
  const goals = TARGETS_FOLLOW.exec(text);
  const goalsFrom = goals ? goals.index + goals[0].length : Infinity;
  figures.forEach((figure, i) => {
    const cStart = clauseStart(text, figure.start);
    const cEnd = clauseEnd(text, figure.end);
    const sameClause = cStart === prevClause && previous !== null;
    const from = sameClause ? Math.max(cStart, readEnd) : cStart;
    const left = text.slice(from, figure.start);
    const next = figures[i + 1];
    const rightEnd = Math.min(cEnd, next && next.start > figure.end ? next.start : cEnd);
    const right = text.slice(figure.end, rightEnd);
    const page = pageAt(block, figure.start) ?? null;
    const quote = sentenceAround(text, figure.start, figure.end);
    const reading = readLabel({ figure, left, afterPrevious: sameClause && from > cStart, right, rightAt: figure.end, cut: rightEnd < cEnd, previous: sameClause && previous ? { label: previous.label, cls: previous.figure.cls, verb: previousVerb } : undefined });
    prevClause = cStart;
    if (!reading) {
      unlabelled.push({ figure, blockIndex, page, left: text.slice(cStart, figure.start), quote });
      readEnd = figure.end;
      return;
    }
    readEnd = Math.max(figure.end, reading.end);
    const clause = text.slice(cStart, cEnd);
    const at = figure.start - cStart;
    const leftClause = text.slice(cStart, figure.start);
    const kind = statementKind(clause, leftClause.slice(-80), right, block.sectionPath, ctx, reading.label, figure.start >= goalsFrom);
    const s: Statement = {
      figure,
      blockIndex,
      page,
      label: reading.label,
      labelFrom: reading.from,
      kind,
      period: periodOf(clause, at, block.sectionPath, ctx, kind),
      asOf: asOfDate(text.slice(Math.max(0, figure.start - 200), figure.start)),
      entity: reading.from === 'share' && previous ? previous.entity : entityOf(leftClause, reading.part),
      quote,
      section: block.sectionPath[block.sectionPath.length - 1] ?? '',
      confidence: block.ocr !== undefined ? round((reading.confidence * block.ocr) / 100) : reading.confidence,
      warnings: figure.qualifier && figure.qualifier !== 'range' ? [`bound or approximation: "${figure.qualifier}"`] : [],
    };
    if (reading.from !== 'share' && reading.from !== 'breakdown') {
      previous = s;
      previousVerb = reading.verb ?? '';
    }
    else if (!previous) previous = s;
    out.push(s);
  });
}

/** The page of a table row (rows are joined by newlines in the block's text). */
function tablePage(block: Block, row: number): number | null {
  let at = 0;
  for (let k = 0; k < row; k++) {
    const nl = block.text.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return pageAt(block, at) ?? block.page ?? null;
}

function firstYear(blocks: Block[]): string | undefined {
  for (const b of blocks.slice(0, 8)) {
    const m = /(?:năm|tháng \d{1,2}[/-]|\/)\s*((?:19|20)\d{2})(?!\d)/u.exec(b.text);
    if (m) return m[1];
  }
  return undefined;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
