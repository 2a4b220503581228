/**
 * What a folder's outputs were written from, and the files they are. Outputs are a pure function
 * of the state's documents, the paths they were found at and the pipeline version, so a run that
 * processed, removed and replaced nothing, and finds the same fingerprint as the last write, would
 * write the same bytes again: for a nightly run over 1,000 unchanged documents that was minutes
 * of work for nothing. Any output file touched, deleted or replaced since changes the fingerprint.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// The files writeOutputs writes at the top of the folder (run.json, state.sqlite, report/ are not its).
const OUTPUT_FILE = /\.(?:csv|jsonl|xlsx)$|^index\.sqlite$/;

export function outputsFingerprint(outDir: string, version: string, contents: string, displayBase: string): string {
  const h = createHash('sha256');
  h.update(`${version}\n${contents}\n${displayBase}\n`);
  let names: string[] = [];
  try {
    names = fs.readdirSync(outDir).filter((n) => OUTPUT_FILE.test(n)).sort();
  } catch {
    // no folder: nothing written yet
  }
  for (const n of names) {
    const st = fs.statSync(path.join(outDir, n));
    h.update(`${n}\t${st.size}\t${st.mtimeMs}\n`);
  }
  return h.digest('hex');
}

// What the atomic writers leave when a run is killed mid-write: ".decisions.csv.4242.1764590000000.tmp".
const STALE_TEMP = /^\..+\.\d+\.\d+\.tmp$/;

/** Temp files of a killed run (the folder's lock is ours, so no other run is writing them). */
export function removeStaleTemps(outDir: string): void {
  for (const f of fs.readdirSync(outDir)) if (STALE_TEMP.test(f)) fs.rmSync(path.join(outDir, f), { force: true });
}
