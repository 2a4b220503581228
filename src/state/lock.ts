/**
 * One run per output folder. The lock file names its owner (pid, host, start time); a lock left
 * by a process that no longer exists is stale and taken over, so a crash never blocks tomorrow's run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class LockedError extends Error {}

interface Owner {
  pid: number;
  host: string;
  started: string;
}

export function acquireLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, '.lock');
  const me: Owner = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Owner;
          if (owner.pid === me.pid && owner.host === me.host) fs.unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = readOwner(file);
    if (owner && isAlive(owner)) {
      throw new LockedError(
        `another run (pid ${owner.pid} on ${owner.host}, started ${owner.started}) is using ${dir}; wait for it to finish or remove ${file} if you are sure it is gone`,
      );
    }
    // Stale: its process is dead (or the file is unreadable). Take it over.
    try {
      fs.unlinkSync(file);
    } catch {
      // Another run took it over first; the next attempt will see its lock.
    }
  }
  throw new LockedError(`could not take the lock ${file}`);
}

function readOwner(file: string): Owner | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

function isAlive(owner: Owner): boolean {
  // A lock from another host cannot be checked: assume it is alive rather than risk two writers.
  if (owner.host !== os.hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
