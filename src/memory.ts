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

export function collectGarbage(): void {
  if (v8.getHeapStatistics().used_heap_size < WORTH_COLLECTING) return;
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
