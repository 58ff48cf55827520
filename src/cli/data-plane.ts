import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import type { MetricsSnapshot } from '../observability/metrics.js';
import { RuntimeError } from './errors.js';
import { dataPlaneResourceLimits } from './heap.js';

export type DataPlaneRequest = { type: 'metrics'; id: number } | { type: 'close' };
export type DataPlaneMessage =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'metrics'; id: number; metrics: MetricsSnapshot }
  | { type: 'closed' };

/** `serve`'s embedded worker, running in a thread of its own. */
export interface DataPlaneThread {
  /** The counters and histograms the thread accumulated (API calls, events, unit durations…). */
  metrics(): Promise<MetricsSnapshot>;
  /** Stops taking jobs, lets running ones end within the queue's grace, closes the thread. */
  close(): Promise<void>;
  /** Resolves with the reason if the thread dies on its own. */
  readonly died: Promise<string>;
}

/**
 * The thread's entry: the compiled `.js` beside this module, or, when running from source (tsx,
 * vitest, which only load TypeScript in the main thread), the `.ts` file through tsx's loader.
 */
function entry(): { script: string | URL; eval: boolean } {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./data-plane-thread.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return { script: url, eval: false };
  return {
    script: `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`,
    eval: true,
  };
}

export interface DataPlaneOptions {
  /** Jobs the thread runs at once. */
  concurrency: number;
  /** Where the thread logs; the configuration's destination by default. */
  logDestination?: 'stderr' | 'silent';
}

/** What the thread is started with (structured-cloned into it). */
export interface DataPlaneData extends DataPlaneOptions {
  config: Config;
}

/** Starts the data plane's thread on `config` and resolves once it consumes the queue. */
export async function startDataPlaneThread(
  config: Config,
  options: DataPlaneOptions,
): Promise<DataPlaneThread> {
  const { script, eval: isEval } = entry();
  const workerData: DataPlaneData = { config, ...options };
  const resourceLimits = dataPlaneResourceLimits();
  const worker = new Worker(script, {
    eval: isEval,
    workerData,
    ...(resourceLimits ? { resourceLimits } : {}),
  });
  const pending = new Map<number, (metrics: MetricsSnapshot) => void>();
  let nextId = 0;
  let closed: (() => void) | undefined;
  let settleStart: ((error?: Error) => void) | undefined;
  let reportDeath: (reason: string) => void = () => {};
  const died = new Promise<string>((resolve) => (reportDeath = resolve));

  worker.on('message', (message: DataPlaneMessage) => {
    if (message.type === 'ready') settleStart?.();
    else if (message.type === 'failed')
      settleStart?.(new RuntimeError(`the embedded worker did not start: ${message.message}`));
    else if (message.type === 'metrics') {
      pending.get(message.id)?.(message.metrics);
      pending.delete(message.id);
    } else closed?.();
  });
  worker.on('error', (error) => {
    settleStart?.(new RuntimeError(`the embedded worker did not start: ${error.message}`));
    reportDeath(error.message);
  });
  worker.on('exit', (code) => {
    settleStart?.(new RuntimeError(`the embedded worker exited while starting (code ${code})`));
    for (const resolve of pending.values()) resolve([]);
    pending.clear();
    if (closed === undefined) reportDeath(`the embedded worker exited (code ${code})`);
    closed?.();
  });

  await new Promise<void>((resolve, reject) => {
    settleStart = (error) => {
      settleStart = undefined;
      if (error) reject(error);
      else resolve();
    };
  });

  return {
    died,
    metrics() {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ type: 'metrics', id } satisfies DataPlaneRequest);
      });
    },
    async close() {
      const done = new Promise<void>((resolve) => (closed = resolve));
      worker.postMessage({ type: 'close' } satisfies DataPlaneRequest);
      await done;
      await worker.terminate();
    },
  };
}
