/**
 * What the lookup commands (`npm run refs`, `npm run catalog`) share: their command line, reading
 * the JSON Lines an extract run wrote (each row checked against its schema), and a usage error
 * that prints the command's help and exits 2.
 */
import fs from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { enterCallerDir, parseCommandLine } from './command-line.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Prints `error: message` in one line; exits 2 (usage error or no outputs). */
export function usageError(): (message: string) => never {
  return (message) => {
    process.stderr.write(`error: ${message}\n`);
    process.exit(2);
  };
}

/** The rows of a JSON Lines output, parsed; a missing file is a usage error ("run npm run extract first"). */
export function readJsonl<T>(file: string, parse: (v: unknown) => T, fail: (message: string) => never): T[] {
  if (!fs.existsSync(file)) fail(`${file} not found: run npm run extract first`);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => parse(JSON.parse(line)));
}

/**
 * A lookup command's arguments: its options plus -h/--help (which prints the help and exits 0);
 * a malformed command line is a usage error. Returns the values, the positionals and `fail`.
 */
export function lookupCommandLine<O extends Options>(options: O, help: string) {
  // --out and every other path are the caller's, also under npm run (which starts in the package folder).
  enterCallerDir();
  const fail: (message: string) => never = usageError();
  const all = { ...options, help: { type: 'boolean' as const, short: 'h', default: false } };
  let parsed: ReturnType<typeof parseCommandLine<typeof all>>;
  try {
    parsed = parseCommandLine(all);
  } catch (e) {
    fail(`${(e as Error).message} (--help shows how to use it)`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help);
    process.exit(0);
  }
  return { values: parsed.values, positionals: parsed.positionals, fail };
}
