#!/usr/bin/env node
/**
 * The installed command, `vn-report-extract COMMAND [options]` (npm install -g . or npm link):
 * routes each command to its own CLI module, which reads the rest of the command line.
 * Exit codes are those of the command; 2 for a usage error here.
 */
import { closest, enterCallerDir, setInvokedAs, setupError } from './command-line.js';

const NAME = 'vn-report-extract';

/** Command → module and what it does. `db` is the PostgreSQL store, when this build has it. */
const COMMANDS: Record<string, { module: string; summary: string }> = {
  extract: { module: './cli.js', summary: 'read reports and write documents, references, indicators… into an output folder' },
  refs: { module: './refs-cli.js', summary: 'find KEY: which reports cite a document; list: the decisions by type, issuer, year, citing report' },
  catalog: { module: './catalog-cli.js', summary: 'suggest: catalog entries for series seen in several documents' },
  report: { module: './report-cli.js', summary: 'build the static report of an output folder' },
  db: { module: './db-cli.js', summary: 'the shared PostgreSQL store and job queue (enqueue, work, status, export)' },
};

const HELP = `Usage: ${NAME} COMMAND [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)}${c.summary}`)
  .join('\n')}

${NAME} COMMAND --help shows a command's options. Paths are relative to the folder you are in.
  --version     print the package and pipeline versions
  -h, --help    show this help
`;

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === '--version' || command === '-V') {
    const { versionLine } = await import('./version.js');
    process.stdout.write(versionLine() + '\n');
    return;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return;
  }
  if (!command) {
    process.stderr.write(`error: name a command (${Object.keys(COMMANDS).join(', ')}); ${NAME} --help says what each does\n`);
    process.exit(2);
  }
  const target = COMMANDS[command];
  if (!target) {
    const meant = closest(command, Object.keys(COMMANDS));
    process.stderr.write(`error: unknown command "${command}"${meant ? `: did you mean ${meant}?` : ''} (${NAME} --help lists the commands)\n`);
    process.exit(2);
  }
  setInvokedAs(NAME);
  enterCallerDir();
  // Each CLI reads process.argv.slice(2) as its own command line when it is loaded.
  process.argv = [process.argv[0], process.argv[1], ...rest];
  try {
    await import(target.module);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // Only the command's own module missing (a build without it), not a package it imports.
    const stem = target.module.slice(2).replace(/\.js$/, '');
    if (err.code === 'ERR_MODULE_NOT_FOUND' && new RegExp(`^Cannot find module '[^']*[/\\\\]${stem}\\.(js|ts)'`).test(String(err.message))) {
      process.stderr.write(`error: the ${command} command is not part of this build of ${NAME}\n`);
      process.exit(2);
    }
    setupError(e);
  }
}

main().catch(setupError);
