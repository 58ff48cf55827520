/**
 * The writing scan of `events-read.ts`, run in a worker thread with its own store connection, as a
 * worker process (`clouddiagnoze worker`) writes beside `serve --no-worker`: a batch of `batch`
 * events every `intervalMs` until the parent posts `stop`, then the count written.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPostgresStore } from '../src/storage/postgres/postgres-store.js';
import { createSqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { syntheticEvent } from './support.js';

export interface WriterData {
  store: { sqliteFile: string } | { postgresUrl: string; schema: string };
  scanId: string;
  firstIndex: number;
  batch: number;
  intervalMs: number;
}

const data = workerData as WriterData;
const store =
  'sqliteFile' in data.store
    ? await createSqliteStore({ file: data.store.sqliteFile })
    : await createPostgresStore({ url: data.store.postgresUrl, schema: data.store.schema });

let writing = true;
parentPort!.once('message', () => (writing = false));
parentPort!.postMessage({ ready: true });
let written = 0;
while (writing) {
  await store.insertEvents(
    Array.from({ length: data.batch }, (_, k) =>
      syntheticEvent(data.scanId, data.firstIndex + written + k),
    ),
  );
  written += data.batch;
  await new Promise((resolve) => setTimeout(resolve, data.intervalMs));
}
await store.close();
parentPort!.postMessage({ written });
