import {
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LatencyProxy {
  endpoint: string;
  /** Requests forwarded so far. */
  readonly requests: number;
  /** The most requests in flight at once (received, not yet answered) since the last reset. */
  readonly maxInFlight: number;
  /** Requests by `service:operation` (read from the SigV4 scope and the protocol's action name). */
  readonly byOperation: Readonly<Record<string, number>>;
  /** Zeroes the counters (between two measured runs). */
  reset(): void;
  /** Hands every answered request to `hook` (its bytes and its answer's), or stops with `null`. */
  record(hook: ((exchange: Exchange) => void) | null): void;
  stop(): Promise<void>;
}

/** One request as the proxy received it and the answer the emulator gave it. */
export interface Exchange {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  operation: string;
  status: number;
  answer: Buffer;
  /** `performance.now()` when the request arrived and when its answer ended. */
  receivedAt: number;
  answeredAt: number;
}

/**
 * The operation a request calls, as `service:Operation`: the service from the signature's
 * credential scope, the operation from the JSON/CBOR target, the query protocol's `Action`, or for
 * S3's REST API the method and the sub-resource (`GET ?policy`).
 */
export function operationOf(req: IncomingMessage, body: Buffer): string {
  const scope = /Credential=[^/]+\/\d+\/[a-z0-9-]+\/([a-z0-9-]+)\//.exec(
    req.headers.authorization ?? '',
  );
  const service = scope?.[1] ?? 'unsigned';
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') return `${service}:${target.split('.').pop()}`;
  const url = new URL(req.url ?? '/', 'http://proxy');
  const rpc = /\/operation\/([A-Za-z0-9]+)$/.exec(url.pathname);
  if (rpc) return `${service}:${rpc[1]}`;
  const action =
    url.searchParams.get('Action') ??
    (String(req.headers['content-type']).includes('x-www-form-urlencoded')
      ? new URLSearchParams(body.toString('utf8')).get('Action')
      : null);
  if (action) return `${service}:${action}`;
  const sub = [...url.searchParams.keys()].filter((k) => !k.startsWith('X-Amz-')).sort();
  const depth = url.pathname.split('/').filter(Boolean).length;
  const what = depth === 0 ? 'service' : depth === 1 ? 'bucket' : 'object';
  return `${service}:${req.method} ${what}${sub.length ? `?${sub.join('&')}` : ''}`;
}

/**
 * A loopback HTTP proxy that holds every request `delayMs` before forwarding it to `target`: an
 * emulator (moto) then answers with the latency of a real cloud API.
 */
/**
 * Sends a buffered request on to `upstream` and pipes its answer back (502 when it cannot); with
 * `onAnswer`, also hands over the answer's status and whole body once it has ended.
 */
export function forward(
  upstream: URL,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  headers: IncomingMessage['headers'],
  onAnswer?: (status: number, answer: Buffer) => void,
): void {
  const sent = request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      if (onAnswer) {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => onAnswer(answer.statusCode ?? 502, Buffer.concat(chunks)));
      }
      answer.pipe(res);
    },
  );
  sent.on('error', () => {
    res.statusCode = 502;
    res.end();
    onAnswer?.(502, Buffer.alloc(0));
  });
  sent.end(body);
}

export interface LatencyProxyOptions {
  /**
   * Forward the client's own Host header instead of the target's: moto writes the host it was
   * asked on into the URLs it answers (SQS queue URLs), so clients that follow them stay behind
   * the proxy.
   */
  keepHost?: boolean;
}

export async function startLatencyProxy(
  target: string,
  delayMs: number,
  options: LatencyProxyOptions = {},
): Promise<LatencyProxy> {
  const upstream = new URL(target);
  let requests = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let byOperation: Record<string, number> = {};
  let hook: ((exchange: Exchange) => void) | null = null;
  const server: Server = createServer((req, res) => {
    requests += 1;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let open = true;
    const done = () => {
      if (!open) return;
      open = false;
      inFlight -= 1;
    };
    res.once('finish', done);
    res.once('close', done);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    const receivedAt = performance.now();
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = operationOf(req, body);
      byOperation[operation] = (byOperation[operation] ?? 0) + 1;
      const recorder = hook;
      const onAnswer = recorder
        ? (status: number, answer: Buffer) =>
            recorder({
              method: req.method ?? 'GET',
              url: req.url ?? '/',
              headers: req.headers,
              body,
              operation,
              status,
              answer,
              receivedAt,
              answeredAt: performance.now(),
            })
        : undefined;
      setTimeout(() => {
        const host = options.keepHost ? (req.headers.host ?? upstream.host) : upstream.host;
        forward(upstream, req, res, body, { ...req.headers, host }, onAnswer);
      }, delayMs);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return requests;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get byOperation() {
      return byOperation;
    },
    reset() {
      requests = 0;
      maxInFlight = inFlight;
      byOperation = {};
    },
    record(next) {
      hook = next;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
