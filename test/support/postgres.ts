/**
 * A throwaway PostgreSQL cluster for tests: initdb into a fresh temporary folder, started on a
 * free port of 127.0.0.1 with its socket in that folder, stopped and deleted afterwards.
 * PostgreSQL refuses to run as root, so as root the cluster runs as `nobody`.
 * It throws (the tests fail, they do not skip) when the server cannot be found or started.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

export interface TestPostgres {
  url: string;
  /** The password inside `url`, to check it never leaks into logs or outputs. */
  password: string;
  port: number;
  stop(): void;
  /** Stop the server (every connection drops) and start it again on the same port. */
  restart(mode?: 'fast' | 'immediate'): void;
  /** Stop without starting again (for a caller that starts it later with `start`). */
  halt(mode?: 'fast' | 'immediate'): void;
  start(): void;
}

/** initdb/pg_ctl: on PATH (a symlink in /usr/local/bin), else Debian's /usr/lib/postgresql/<version>/bin. */
export function findPostgresBin(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) return path.dirname(fs.realpathSync(path.join(dir, 'initdb')));
  }
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian\'s postgresql package (apt-get install -y postgresql)');
  return path.join(root, versions[0], 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = findPostgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    fs.chmodSync(dir, 0o755);
    execFileSync('chown', ['nobody', dir]);
  }
  const run = (cmd: string, args: string[]) => {
    const argv = asRoot ? ['runuser', '-u', 'nobody', '--', path.join(bin, cmd), ...args] : [path.join(bin, cmd), ...args];
    const r = spawnSync(argv[0], argv.slice(1), { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) {
      const log = fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8').slice(-2000) : '';
      throw new Error(`PostgreSQL ${cmd} failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr}${r.stdout}\n${log}`);
    }
  };
  const password = `pw-${Math.random().toString(36).slice(2)}-secret`;
  fs.writeFileSync(path.join(dir, 'pw'), password + '\n');
  if (asRoot) execFileSync('chown', ['nobody', path.join(dir, 'pw')]);
  // Password authentication over TCP, as a shared server would have it.
  run('initdb', ['-D', data, '-U', 'vnx', '--pwfile', path.join(dir, 'pw'), '-E', 'UTF8', '--locale=C.UTF-8', '--auth-local=trust', '--auth-host=scram-sha-256']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const start = () => run('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', path.join(dir, 'server.log'), '-o', opts]);
  const halt = (mode: 'fast' | 'immediate' = 'fast') => run('pg_ctl', ['stop', '-w', '-D', data, '-m', mode]);
  start();
  run('createdb', ['-h', dir, '-p', String(port), '-U', 'vnx', 'vnx']);
  let stopped = false;
  return {
    url: `postgres://vnx:${encodeURIComponent(password)}@127.0.0.1:${port}/vnx`,
    password,
    port,
    start,
    halt,
    restart(mode = 'fast') {
      halt(mode);
      start();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        halt('immediate');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
