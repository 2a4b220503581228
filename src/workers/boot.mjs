// Worker entry: workers do not inherit the parent's TypeScript loader, so register tsx here
// and then load the real worker module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
