/** Vietnamese date forms → ISO dates, with validity checked (no 31/02). */

// "03/6/2020", "3-6-2020", "03.6.2020"
export const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)/;
// "13 tháng 12 năm 2022", "ngày 06 tháng 11 năm 2025"
export const WORDED_DATE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})(?!\d)/;

export interface ParsedDate {
  iso: string;
  valid: boolean;
  raw: string;
  index: number;
}

export function isoDate(day: number, month: number, year: number): { iso: string; valid: boolean } {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  const valid = month >= 1 && month <= 12 && d.getUTCDate() === day && d.getUTCMonth() === month - 1;
  return { iso, valid };
}

/** The first date in `text` (numeric or worded), or null. */
export function findDate(text: string): ParsedDate | null {
  const a = NUMERIC_DATE.exec(text);
  const b = WORDED_DATE.exec(text);
  const m = a && b ? (a.index <= b.index ? a : b) : a ?? b;
  if (!m) return null;
  const { iso, valid } = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return { iso, valid, raw: m[0], index: m.index };
}
