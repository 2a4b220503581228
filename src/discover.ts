/**
 * Find input files under the given paths: folders recursively, symlink loops and unreadable
 * entries reported instead of followed or thrown, Office lock files ("~$…") skipped.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { CANDIDATE_EXTENSIONS } from './sniff.js';

export interface Discovery {
  files: string[];
  skipped: Array<{ path: string; reason: string }>;
}

export async function discover(inputs: string[]): Promise<Discovery> {
  const files: string[] = [];
  const skipped: Discovery['skipped'] = [];
  const seenDirs = new Set<string>();

  async function visit(p: string, explicit: boolean): Promise<void> {
    let st;
    try {
      st = await fs.stat(p);
    } catch (e) {
      skipped.push({ path: p, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = await fs.realpath(p);
      } catch {
        real = path.resolve(p);
      }
      if (seenDirs.has(real)) {
        skipped.push({ path: p, reason: 'folder already visited (symlink loop or duplicate path)' });
        return;
      }
      seenDirs.add(real);
      let entries: string[];
      try {
        entries = (await fs.readdir(p)).sort();
      } catch (e) {
        skipped.push({ path: p, reason: `cannot list folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
        return;
      }
      for (const name of entries) {
        if (name.startsWith('.') || name.startsWith('~$')) continue;
        await visit(path.join(p, name), false);
      }
      return;
    }
    if (!st.isFile()) {
      skipped.push({ path: p, reason: 'not a regular file' });
      return;
    }
    // In folders, only document-like names are taken; content decides the format later.
    // A file named explicitly on the command line is always tried.
    if (explicit || CANDIDATE_EXTENSIONS.has(path.extname(p).toLowerCase())) files.push(p);
  }

  for (const input of inputs) await visit(input, true);
  return { files: [...new Set(files)], skipped };
}
