/**
 * Columns of the index tables, typed from the zod output schemas (through their JSON Schema, the
 * same contract schemas/*.json publishes), so a field added to a record type reaches the index
 * with its type and its description without a second list to keep in step.
 */
import { z } from 'zod';

/** NUMERIC: a number where there is one, else the text (timeseries.csv's 'conflict'). */
export type SqlType = 'TEXT' | 'INTEGER' | 'REAL' | 'NUMERIC';

export interface Column {
  name: string;
  type: SqlType;
  notNull: boolean;
  /** How a record's value becomes a cell: as is, a boolean as 0/1, an array or object as JSON text. */
  encode: 'plain' | 'bool' | 'json';
  /** Allowed values (zod enums), enforced by a CHECK constraint. */
  values?: readonly string[];
  /** `table(column)` this column points to. */
  references?: string;
  description: string;
}

interface JsonProperty {
  type?: string | string[];
  enum?: string[];
  anyOf?: JsonProperty[];
  description?: string;
}

/** One column per field of a record schema, in the schema's order (the CSV's columns). */
export function schemaColumns(schema: z.ZodObject): Column[] {
  const json = z.toJSONSchema(schema) as { properties: Record<string, JsonProperty> };
  return Object.entries(json.properties).map(([name, prop]) => {
    // zod writes a nullable field as `anyOf: [T, null]` or as `type: [T, "null"]`.
    const alternatives = (prop.anyOf ?? [prop]).flatMap((a) => (Array.isArray(a.type) ? a.type.map((type) => ({ ...a, type })) : [a]));
    const nullable = alternatives.some((a) => a.type === 'null');
    const main = alternatives.find((a) => a.type !== 'null') ?? prop;
    const encode = main.type === 'boolean' ? 'bool' : main.type === 'array' || main.type === 'object' ? 'json' : 'plain';
    const type: SqlType = main.type === 'integer' || main.type === 'boolean' ? 'INTEGER' : main.type === 'number' ? 'REAL' : 'TEXT';
    const description = prop.description ?? main.description ?? '';
    const extra = encode === 'json' ? ' (JSON array; query it with json_each)' : encode === 'bool' ? ' (1 true, 0 false)' : '';
    return { name, type, notNull: !nullable, encode, values: main.enum, description: description + extra };
  });
}

/** A column the schemas do not have (ids, links, folded text), described here. */
export function column(name: string, type: SqlType, description: string, opts: Partial<Column> = {}): Column {
  return { name, type, notNull: true, encode: 'plain', description, ...opts };
}

/** The folded twin of a text column, the one a query typed without diacritics finds. */
export function foldedColumn(of: string): Column {
  return column(`${of}_folded`, 'TEXT', `\`${of}\` folded for search: no diacritics, đ → d, lower case ("hồ sơ đúng hạn" → "ho so dung han").`);
}

/** The cell a record's value becomes under `col`. */
export function encodeCell(col: Column, value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (col.encode === 'bool') return value ? 1 : 0;
  if (col.encode === 'json') return JSON.stringify(value);
  return value as string | number;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
export { ident, literal };

/** `"name" TYPE NOT NULL CHECK (…) REFERENCES …`, one column of a CREATE TABLE. */
export function columnSql(col: Column, primaryKey: boolean): string {
  const parts = [ident(col.name), col.type];
  if (primaryKey) parts.push('PRIMARY KEY');
  if (col.notNull && !(primaryKey && col.type === 'INTEGER')) parts.push('NOT NULL');
  if (col.values) parts.push(`CHECK (${ident(col.name)} IN (${col.values.map(literal).join(', ')}))`);
  if (col.encode === 'bool') parts.push(`CHECK (${ident(col.name)} IN (0, 1))`);
  if (col.references) {
    const [, table, target] = /^(\w+)\((\w+)\)$/.exec(col.references)!;
    parts.push(`REFERENCES ${ident(table)} (${ident(target)})`);
  }
  return parts.join(' ');
}
