import { parentPort, workerData } from 'node:worker_threads';
import { createRuntime } from './runtime.js';
import type { DataPlaneData, DataPlaneMessage, DataPlaneRequest } from './data-plane.js';

/**
 * The thread `serve` runs its embedded worker in: its own runtime (store connection, queue
 * consumer, sink deliverers) on the configuration the main thread resolved, so that scanning and
 * writing events never hold the event loop that answers the API.
 */
const { config, concurrency, logDestination } = workerData as DataPlaneData;
const port = parentPort!;
const send = (message: DataPlaneMessage) => port.postMessage(message);

try {
  const runtime = await createRuntime(config, { processMetrics: false, logDestination });
  const worker = runtime.queue.process(runtime.runner.handle, { concurrency });
  runtime.sinks.start();
  port.on('message', (request: DataPlaneRequest) => {
    if (request.type === 'metrics') {
      void runtime.metrics.accumulated().then(
        (metrics) => send({ type: 'metrics', id: request.id, metrics }),
        () => send({ type: 'metrics', id: request.id, metrics: [] }),
      );
    } else {
      void (async () => {
        await worker.close();
        await runtime.close();
        send({ type: 'closed' });
        port.close();
      })();
    }
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  port.close();
}
