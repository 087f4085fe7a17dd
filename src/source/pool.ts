/**
 * Work spread over the machine's cores: a list of inputs is handed, in batches, to worker
 * threads that each run one exported function of one module on them. Used where a build from
 * nothing spends its time in pure, independent pieces of work (parsing front matter, rendering
 * bodies, reading papers), so that validation uses every core. Results come back in input order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Fewer inputs than this are not worth starting threads for. */
export const POOL_MIN_INPUTS = 200;

const threads = () => Math.min(availableParallelism(), 4);

/** Whether this many inputs are worth starting threads for, on this machine. */
export const worthThreads = (inputs: number) => threads() > 1 && inputs >= POOL_MIN_INPUTS;

/**
 * Runs `fn` (an export of the module at `moduleUrl`, a file: URL) on every input in worker
 * threads, one per core (up to four); returns the results in the order of the inputs.
 */
export async function inParallel<I, O>(moduleUrl: string, fn: string, inputs: I[], batch = 100): Promise<O[]> {
  const results = new Array<O>(inputs.length);
  let next = 0;
  const worker = () =>
    new Promise<void>((done, fail) => {
      const w = new Worker(new URL('./pool-worker.ts', import.meta.url), { workerData: { moduleUrl, fn } });
      const send = () => {
        if (next >= inputs.length) return void w.terminate().then(() => done(), fail);
        const from = next;
        next = Math.min(inputs.length, next + batch);
        w.postMessage({ from, inputs: inputs.slice(from, next) });
      };
      w.on('message', (m: { from: number; outputs: O[] } | { error: string }) => {
        if ('error' in m) return void w.terminate().then(() => fail(new Error(m.error)), fail);
        m.outputs.forEach((o, i) => (results[m.from + i] = o));
        send();
      });
      w.on('error', fail);
      send();
    });
  await Promise.all(Array.from({ length: Math.min(threads(), Math.ceil(inputs.length / batch)) }, worker));
  return results;
}
