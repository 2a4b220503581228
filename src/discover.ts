/**
 * Find input files under the given paths: folders recursively, symlink loops and unreadable
 * entries reported instead of followed or thrown; what is not taken (Office lock files "~$…",
 * hidden files, files that are no document by name or content) is listed with the reason.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { CANDIDATE_EXTENSIONS, sniffFile } from './sniff.js';

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
        if (name.startsWith('~$')) skipped.push({ path: path.join(p, name), reason: 'Office lock file (a document open in Word)' });
        else if (name.startsWith('.')) skipped.push({ path: path.join(p, name), reason: 'hidden file or folder' });
        else await visit(path.join(p, name), false);
      }
      return;
    }
    if (!st.isFile()) {
      skipped.push({ path: p, reason: 'not a regular file' });
      return;
    }
    // A file named on the command line, or with a document's name, is always tried (content decides
    // the format later); any other file in a folder is taken when its first bytes are a document's
    // (a PDF saved without its extension), and listed as skipped otherwise.
    if (explicit || CANDIDATE_EXTENSIONS.has(path.extname(p).toLowerCase())) files.push(p);
    else if ((await sniffFile(p)) !== 'unknown') files.push(p);
    else skipped.push({ path: p, reason: `not a document: neither its name (${path.extname(p) || 'no extension'}) nor its content is PDF, DOCX, DOC, JPEG, PNG or TIFF` });
  }

  for (const input of inputs) await visit(input, true);
  return { files: [...new Set(files)], skipped };
}
