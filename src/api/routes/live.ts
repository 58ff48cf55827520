import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  SCAN_STATUSES,
  TERMINAL_SCAN_STATUSES,
  type Scan,
  type ScanUnit,
  type Store,
} from '../../core/index.js';
import { clientIdSchema } from '../../scanning/request.js';
import { notFound } from '../errors.js';
import { canSee, scopedClientId } from '../plugins/auth.js';
import { BEARER_SECURITY } from '../plugins/docs.js';
import { errorResponses, errorSchema, scanIdParamsSchema } from '../schemas.js';

export interface LiveRoutesOptions {
  store: Store;
  /** How often each stream reads the store for changes. */
  intervalMs?: number;
  /** How often an idle stream sends a comment, so that proxies keep it open. */
  heartbeatMs?: number;
}

const SSE = 'text/event-stream';

/** One server-sent-events response, written by hand on the raw socket. */
class EventStream {
  #closed = false;
  #id = 0;
  readonly done: Promise<void>;
  #resolve!: () => void;

  constructor(private readonly raw: ServerResponse) {
    this.done = new Promise((resolve) => (this.#resolve = resolve));
    raw.on('close', () => this.close());
  }

  get closed(): boolean {
    return this.#closed;
  }

  open(): void {
    this.raw.writeHead(200, {
      'content-type': `${SSE}; charset=utf-8`,
      'cache-control': 'no-cache, no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
    });
    // Tell EventSource-like clients to retry after 3 s if the connection drops.
    this.raw.write('retry: 3000\n\n');
  }

  send(event: string, data: unknown): void {
    if (this.#closed) return;
    this.#id += 1;
    this.raw.write(`id: ${this.#id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  comment(text: string): void {
    if (!this.#closed) this.raw.write(`: ${text}\n\n`);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (!this.raw.writableEnded) this.raw.end();
    this.#resolve();
  }
}

const fingerprint = (scan: Scan) =>
  `${scan.status}|${scan.progress.units_total}|${scan.progress.units_done}|${scan.progress.units_failed}|${scan.progress.events}|${scan.finished_at}`;

const unitsFingerprint = (units: ScanUnit[]) =>
  units.map((u) => `${u.id}:${u.status}:${u.events}:${u.attempts}`).join(',');

/**
 * Live scan progress as server-sent events. Each stream reads the store at a modest interval and
 * sends only what changed, so it works the same whether the workers run in this process or on
 * other machines. The API key travels in the Authorization header like every other route (the
 * dashboard reads the stream with fetch, not EventSource, so the key never lands in a URL).
 */
export const liveRoutes: FastifyPluginAsyncZod<LiveRoutesOptions> = async (
  app,
  { store, intervalMs = 1000, heartbeatMs = 15_000 },
) => {
  const open = new Set<EventStream>();
  // Open streams would keep the server from closing: end them first.
  app.addHook('preClose', async () => {
    for (const stream of open) stream.close();
  });

  /** Runs `tick` every interval until it returns false or the client goes away. */
  async function follow(
    stream: EventStream,
    tick: () => Promise<boolean>,
    log: { warn(obj: object, msg: string): void },
  ): Promise<void> {
    open.add(stream);
    let quiet = 0;
    try {
      while (!stream.closed) {
        let goOn: boolean;
        try {
          goOn = await tick();
        } catch (error) {
          log.warn({ err: error }, 'live stream could not read the store');
          stream.send('error', { code: 'store_unavailable', message: 'the store did not answer' });
          break;
        }
        if (!goOn) break;
        quiet += intervalMs;
        if (quiet >= heartbeatMs) {
          stream.comment('keep-alive');
          quiet = 0;
        }
        await Promise.race([new Promise((r) => setTimeout(r, intervalMs)), stream.done]);
      }
    } finally {
      open.delete(stream);
      stream.close();
    }
  }

  app.get(
    '/live/scans',
    {
      schema: {
        tags: ['scans'],
        summary: 'Live scan list (server-sent events)',
        description:
          '`text/event-stream`. First a `snapshot` event `{items: Scan[]}` (newest first, up to `limit`), ' +
          'then a `scan` event with the scan each time one starts, progresses or ends. ' +
          'Send the API key in the Authorization header (read the stream with fetch).',
        security: BEARER_SECURITY,
        produces: [SSE],
        querystring: z
          .object({
            client_id: clientIdSchema.optional(),
            status: z.enum(SCAN_STATUSES).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          })
          .strict(),
        response: {
          ...errorResponses,
          403: errorSchema.describe('client_id is not the API key’s tenant'),
        },
      },
    },
    async (request, reply) => {
      const { client_id, status, limit } = request.query;
      const scoped = scopedClientId(request, client_id);
      const read = () =>
        store.listScans({
          limit,
          ...(scoped !== undefined && { client_id: scoped }),
          ...(status !== undefined && { status }),
        });
      const first = await read();
      reply.hijack();
      const stream = new EventStream(reply.raw);
      stream.open();
      const seen = new Map(first.items.map((scan) => [scan.id, fingerprint(scan)]));
      stream.send('snapshot', { items: first.items });
      await follow(
        stream,
        async () => {
          const page = await read();
          for (const scan of [...page.items].reverse()) {
            const print = fingerprint(scan);
            if (seen.get(scan.id) === print) continue;
            seen.set(scan.id, print);
            stream.send('scan', scan);
          }
          return true;
        },
        request.log,
      );
    },
  );

  app.get(
    '/live/scans/:id',
    {
      schema: {
        tags: ['scans'],
        summary: 'Live progress of one scan (server-sent events)',
        description:
          '`text/event-stream`. A `scan` event with the scan and its units now and whenever they change; ' +
          'an `end` event when the scan is over, then the stream closes. ' +
          'Send the API key in the Authorization header (read the stream with fetch).',
        security: BEARER_SECURITY,
        produces: [SSE],
        params: scanIdParamsSchema,
        response: { ...errorResponses, 404: errorSchema.describe('No such scan for this API key') },
      },
    },
    async (request, reply) => {
      const id = request.params.id;
      const scan = await store.getScan(id);
      if (scan === null || !canSee(request, scan.client_id)) throw notFound(`scan ${id} not found`);
      reply.hijack();
      const stream = new EventStream(reply.raw);
      stream.open();
      let last = '';
      await follow(
        stream,
        async () => {
          const current = await store.getScan(id);
          if (current === null) {
            stream.send('end', { status: null });
            return false;
          }
          const units = await store.listUnits(id);
          const print = `${fingerprint(current)}#${unitsFingerprint(units)}`;
          if (print !== last) {
            last = print;
            stream.send('scan', { ...current, units });
          }
          if (TERMINAL_SCAN_STATUSES.includes(current.status)) {
            stream.send('end', { status: current.status });
            return false;
          }
          return true;
        },
        request.log,
      );
    },
  );
};
