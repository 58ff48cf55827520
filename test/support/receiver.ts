import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** How the receiver answers one request. */
export type Answer =
  | { status: number; body?: string; retryAfter?: string }
  /** Never answers (the client's timeout must fire). */
  | 'hang'
  /** Closes the connection without an answer. */
  | 'close';

export interface ReceivedRequest {
  /** When the request arrived (epoch ms). */
  at: number;
  path: string;
  headers: IncomingMessage['headers'];
  idempotencyKey: string | undefined;
  /** The body as sent (gunzipped when it came compressed). */
  events: Record<string, unknown>[];
  compressed: boolean;
  bytes: number;
  answer: Answer;
}

/**
 * A reference receiver of `/submit-metrics` on loopback, as the aggregator behaves: it accepts a
 * batch once per Idempotency-Key (a batch sent again under an accepted key is answered 200 and
 * not counted twice), checks the bearer token, and answers what a test asks for.
 */
export class ReferenceReceiver {
  readonly requests: ReceivedRequest[] = [];
  /** Accepted batches by Idempotency-Key, in order of acceptance. */
  readonly accepted = new Map<string, Record<string, unknown>[]>();
  /** Requests that repeated a key already accepted. */
  duplicates = 0;
  #queued: Answer[] = [];
  #always: Answer | null = null;
  readonly #sockets = new Set<Socket>();
  readonly #hanging = new Set<ServerResponse>();
  #server: Server | null = null;
  #url = '';

  constructor(private readonly options: { token?: string; path?: string } = {}) {}

  get url(): string {
    return this.#url;
  }

  /** The events of every accepted batch, in order. */
  acceptedEvents(): Record<string, unknown>[] {
    return [...this.accepted.values()].flat();
  }

  /** Answers the next requests this way, one answer each, then goes back to accepting. */
  next(...answers: Answer[]): this {
    this.#queued.push(...answers);
    return this;
  }

  /** Answers every request this way until `always(null)`. */
  always(answer: Answer | null): this {
    this.#always = answer;
    return this;
  }

  async start(port = 0): Promise<this> {
    const server = createServer((req, res) => void this.#handle(req, res));
    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.#server = server;
    this.#url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = null;
    for (const res of this.#hanging) res.destroy();
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const compressed = req.headers['content-encoding'] === 'gzip';
    const path = req.url ?? '';
    const key = header(req.headers['idempotency-key']);
    let events: Record<string, unknown>[] = [];
    let answer: Answer = this.#queued.shift() ?? this.#always ?? { status: 200 };
    try {
      events = JSON.parse((compressed ? gunzipSync(raw) : raw).toString('utf8')) as Record<
        string,
        unknown
      >[];
    } catch {
      answer = { status: 400, body: '{"error":"the body is not a JSON array"}' };
    }
    if (req.method !== 'POST' || path !== (this.options.path ?? '/submit-metrics'))
      answer = { status: 404, body: '{"error":"not found"}' };
    else if (
      this.options.token !== undefined &&
      req.headers.authorization !== `Bearer ${this.options.token}`
    )
      answer = { status: 401, body: '{"error":"bad token"}' };
    this.requests.push({
      at: Date.now(),
      path,
      headers: req.headers,
      idempotencyKey: key,
      events,
      compressed,
      bytes: raw.length,
      answer,
    });
    if (answer === 'hang') {
      this.#hanging.add(res);
      return;
    }
    if (answer === 'close') {
      req.socket.destroy();
      return;
    }
    if (answer.status >= 200 && answer.status < 300) {
      if (key !== undefined && this.accepted.has(key)) this.duplicates += 1;
      else this.accepted.set(key ?? `unkeyed-${this.requests.length}`, events);
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (answer.retryAfter !== undefined) headers['retry-after'] = answer.retryAfter;
    res.writeHead(answer.status, headers);
    res.end(answer.body ?? '{"status":"ok"}');
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function startReceiver(
  options: { token?: string; path?: string } = {},
): Promise<ReferenceReceiver> {
  return new ReferenceReceiver(options).start();
}
