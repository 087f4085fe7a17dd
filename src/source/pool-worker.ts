/** A worker thread of pool.ts: runs one function of one module on each batch it is sent. */
import { parentPort, workerData } from 'node:worker_threads';

const { moduleUrl, fn } = workerData as { moduleUrl: string; fn: string };
const run = ((await import(moduleUrl)) as Record<string, (input: unknown) => unknown>)[fn];

parentPort!.on('message', (m: { from: number; inputs: unknown[] }) => {
  void (async () => {
    try {
      const outputs: unknown[] = [];
      for (const input of m.inputs) outputs.push(await run(input));
      parentPort!.postMessage({ from: m.from, outputs });
    } catch (err) {
      parentPort!.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  })();
});
