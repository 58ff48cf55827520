import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  silentLogger,
  systemClock,
  TERMINAL_SCAN_STATUSES,
  type CloudProvider,
  type ConnectOptions,
  type Scan,
} from '../core/index.js';
import { EmbeddedQueue } from '../queue/embedded/embedded-queue.js';
import { createSqliteStore, type SqliteStore } from '../storage/sqlite/sqlite-store.js';
import { fakeProvider, things } from '../../test/support/fake-provider.js';
import { CredentialSealer } from './credentials.js';
import { ScannerRegistry } from './registry.js';
import { ScanRunner } from './runner.js';
import { ScanService } from './scan-service.js';

async function start(provider: CloudProvider) {
  const store = await createSqliteStore({ file: ':memory:' });
  const queueDb = new Database(':memory:');
  const queue = new EmbeddedQueue(queueDb, { pollIntervalMs: 20, backoffMs: 10 });
  const registry = new ScannerRegistry([provider]);
  const sealer = new CredentialSealer(randomBytes(32));
  const service = new ScanService({ store, queue, registry, sealer, clock: systemClock });
  const runner = new ScanRunner({
    store,
    queue,
    registry,
    sealer,
    clock: systemClock,
    log: silentLogger,
    observer: { onCall: () => {} },
  });
  const worker = queue.process(runner.handle, { concurrency: 2 });
  return {
    store,
    service,
    async submit(): Promise<string> {
      const scan = await service.submit({
        provider: 'fake',
        services: ['things'],
        auth_mode: { type: 'default' },
        client_id: 'ACME',
      });
      return scan.id;
    },
    async close() {
      await worker.close();
      await queue.close();
      await runner.close();
      await store.close();
      queueDb.close();
    },
  };
}

async function waitForEnd(store: SqliteStore, scanId: string): Promise<Scan> {
  for (let i = 0; i < 500; i += 1) {
    const scan = await store.getScan(scanId);
    if (scan && (TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)) return scan;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`scan ${scanId} did not finish`);
}

/** Records the signal every `connect` receives. */
function watchConnects(provider: CloudProvider): AbortSignal[] {
  const signals: AbortSignal[] = [];
  const connect = provider.connect.bind(provider);
  provider.connect = (auth: never, options: ConnectOptions) => {
    if (options.signal) signals.push(options.signal);
    return connect(auth, options);
  };
  return signals;
}

describe('ScanRunner: abort signals', () => {
  let server: Server | undefined;
  let h: Awaited<ReturnType<typeof start>> | undefined;
  afterEach(async () => {
    await h?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it('emits no MaxListenersExceededWarning when a unit has many SDK calls in flight', async () => {
    // A slow endpoint: every request waits, so all of a unit's calls are in flight at once.
    server = createServer((_req, res) => setTimeout(() => res.end('{}'), 150));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const handler = new NodeHttpHandler();
    const calls = 60;
    const provider = fakeProvider({
      behaviours: {
        // The SDK's own HTTP handler: it adds an abort listener to the call's signal per request.
        things: things(1, async (ctx) => {
          await Promise.all(
            Array.from({ length: calls }, (_, i) =>
              handler
                .handle(
                  {
                    protocol: 'http:',
                    hostname: '127.0.0.1',
                    port,
                    method: 'GET',
                    path: `/call/${ctx.region}/${i}`,
                    headers: {},
                    query: {},
                  } as unknown as Parameters<NodeHttpHandler['handle']>[0],
                  { abortSignal: ctx.signal },
                )
                .then(({ response }) => (response.body as NodeJS.ReadableStream).resume()),
            ),
          );
        }),
      },
    });
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      h = await start(provider);
      const scan = await waitForEnd(h.store, await h.submit());
      expect(scan.status).toBe('SUCCEEDED');
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
      handler.destroy();
    }
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  });

  it("connects a scan's session with a signal of the scan's own, aborted once the scan is over", async () => {
    let firstUnit: AbortSignal | undefined;
    const provider = fakeProvider({
      behaviours: {
        things: things(3, async (ctx) => {
          firstUnit ??= ctx.signal;
        }),
      },
    });
    const connects = watchConnects(provider);
    h = await start(provider);
    const scan = await waitForEnd(h.store, await h.submit());
    expect(scan.status).toBe('SUCCEEDED');
    expect(connects).toHaveLength(1);
    expect(connects[0]).not.toBe(firstUnit);
    // The scan is over: the session it opened is released, its calls stopped.
    await expect.poll(() => connects[0]!.aborted).toBe(true);
  });
});
