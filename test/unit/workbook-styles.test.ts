/**
 * workbook.xlsx remembers style ids (rememberStyleIds) instead of letting exceljs render every
 * cell's style as XML to look it up: the ids handed out and the style table left behind must be
 * exceljs's own, for every kind of style the workbook gives a cell, in any order.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { rememberStyleIds } from '../../src/write/workbook.ts';

const require = createRequire(import.meta.url);
type Styles = { addStyleModel(model: unknown, cellType?: number): number; model: unknown };
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform.js') as new (init: boolean) => Styles;

// exceljs's cell types: Null 0, Number 2, String 3, Date 4, SharedString 7, Boolean 9.
const CASES: Array<[unknown, number | undefined]> = [
  [{}, 2],
  [{}, 3],
  [{ numFmt: 'yyyy-mm-dd' }, 4],
  [{ font: { bold: true } }, 3],
  [{ numFmt: 'yyyy-mm-dd', font: { bold: true } }, 3],
  [{}, undefined],
  [{}, 0],
  [{}, 9],
  [{}, 4],
  [{ numFmt: '' }, 4],
  [{ font: { bold: true, size: 12 } }, 2],
  [null, 2],
  [undefined, 3],
  // not a style the workbook makes: left to exceljs every time
  [{ alignment: { wrapText: true } }, 3],
  [{ numFmt: 'yyyy-mm-dd', border: { top: { style: 'thin' } } }, 4],
];

describe('rememberStyleIds', () => {
  it("hands out exceljs's own ids and leaves its style table as exceljs would", () => {
    const plain = new StylesXform(true);
    const remembered = new StylesXform(true);
    rememberStyleIds(remembered);
    // Each call with a fresh object, as exceljs gives each cell one; twice over in two orders.
    const copy = (m: unknown) => (m && typeof m === 'object' ? structuredClone(m) : m);
    for (const cases of [CASES, [...CASES].reverse(), CASES]) {
      for (const [model, type] of cases) expect(remembered.addStyleModel(copy(model), type)).toBe(plain.addStyleModel(copy(model), type));
    }
    expect(remembered.model).toEqual(plain.model);
  });
});
