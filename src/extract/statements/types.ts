/**
 * Indicator statements, open world: every figure of an indicator-like sentence or table cell,
 * with what it measures. The shape follows chrono: parsers find figures (the framework owns the
 * loop and the offsets), refiners fill in label, qualifier, kind, period and entity.
 */

export type StatementKind = 'actual' | 'estimate' | 'target' | 'change';

/** What the figure is: a count of things, a rate, money (đồng), a score, a rank of N, a measure with a unit. */
export type FigureClass = 'count' | 'percent' | 'money' | 'score' | 'rank' | 'measure';

/** A figure found by a parser: the text says it, nothing is inferred yet. */
export interface Figure {
  /** Offsets in the block's text of the figure as written (for a rate with its x/y: both). */
  start: number;
  end: number;
  /** The figure as written ("1.447", "97,2%", "419.218/462.814", "89,583 tỷ đồng"). */
  raw: string;
  value: number;
  cls: FigureClass;
  /** Counting noun or unit: "hồ sơ", "%", "đồng", "điểm", "hạng", "ha", "tấn"; '' when none is written. */
  unit: string;
  numerator: number | null;
  denominator: number | null;
  /** Bound or approximation written before it: "hơn", "khoảng", "dưới", "tối thiểu"; '' for an exact figure. */
  qualifier: string;
  /** Upper end of a range ("từ 10 đến 15 ngày"). */
  upper?: number;
  /** For a rate joined with the x/y before it, the counted noun between them ("45/45 nhiệm vụ (đạt 100%)" → "nhiệm vụ"). */
  noun?: string;
}

/** Where a table cell stands, for figures read from tables. */
export interface CellRef {
  table: number;
  row: number;
  col: number;
  /** Row label, column header path: the label refiner's material. */
  rowLabel: string;
  header: string;
  /** Set by the table reader when the column says the period or kind ("Kế hoạch 2025"). */
  kind?: StatementKind;
  period?: string;
  entity?: string;
}

export interface Statement {
  figure: Figure;
  /** Index of the block in the document, and the block's page where the figure stands. */
  blockIndex: number;
  page: number | null;
  cell?: CellRef;
  /** The measured thing as the text names it, without the figure ("Tỷ lệ hồ sơ giải quyết đúng hạn"). */
  label: string;
  /** Where the label was read: before the figure, after it (counting noun phrase), a table row, or a breakdown of the previous figure. */
  labelFrom: 'before' | 'after' | 'table' | 'breakdown' | 'share' | '';
  kind: StatementKind;
  period: string;
  asOf: string;
  entity: string;
  quote: string;
  section: string;
  confidence: number;
  warnings: string[];
}
