/**
 * A full garbage collection now, where a phase has just let go of everything it held: V8 would
 * otherwise grow the heap for the next phase before collecting the last one's garbage. Writing
 * the outputs of 1,000 documents leaves ~200 MB of dead records; the report built right after
 * them peaked at 433 MB, and at its own size (~300 MB) once they are collected first.
 * `gc` is exposed for this call only (no flag on the command line): where that is refused,
 * nothing happens and V8 collects when it would have.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;

// Below this much live heap a full collection frees little and costs a one-page run ~0.1 s each time.
const WORTH_COLLECTING = 150 * 1024 * 1024;

function exposedGc(): (() => void) | null {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  return gc;
}

export function collectGarbage(): void {
  if (v8.getHeapStatistics().used_heap_size < WORTH_COLLECTING) return;
  exposedGc()?.();
}

/**
 * For a loop that makes garbage and keeps little (the report: every row parsed, every page's
 * HTML): call the function returned once per step; it collects when the heap has grown by
 * `budget` bytes (or by as much as was live, when more) over what the last collection left; the
 * first time, once the heap holds `budget` bytes at all (what came before may be garbage). V8
 * let the report's garbage grow by up to ~100 MB before collecting it (report of 1,000 documents
 * alone: 187–191 MB peak RSS; 154–155 MB with a 48 MB budget, in the same time). Growing with what is
 * live, so a larger corpus (more held) does not make it collect at every step; a small run never
 * collects here.
 */
export function garbageBudget(budget: number): () => void {
  const used = () => v8.getHeapStatistics().used_heap_size;
  let floor = 0;
  return () => {
    if (used() < floor + Math.max(budget, floor)) return;
    const collect = exposedGc();
    if (!collect) return;
    collect();
    floor = used();
  };
}
