/**
 * What the lookup commands (`npm run refs`, `npm run catalog`) share: reading the JSON Lines
 * an extract run wrote, each row checked against its schema, and a usage error that prints the
 * command's help and exits 2.
 */
import fs from 'node:fs';

/** Prints `error: message` and the help, exits 2 (usage error or no outputs). */
export function usageError(help: string): (message: string) => never {
  return (message) => {
    process.stderr.write(`error: ${message}\n\n${help}`);
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
