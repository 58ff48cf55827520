import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { Agent, request, type Dispatcher } from 'undici';
import { toWire, type CbpEvent, type OutboxBatch, type OutboxLimits } from '../../core/index.js';
import type { RemoteSink, SendResult } from './remote.js';

const gzip = promisify(gzipCallback);

/** Longest response body kept with a dead letter or a failure. */
export const RESPONSE_BODY_LIMIT = 2048;

/** Defaults of the Opsteamize and webhook sinks (README: Sinks and Opsteamize). */
export const HTTP_SINK_DEFAULTS = {
  maxEvents: 1000,
  maxBytes: 1_048_576,
  gzipAboveBytes: 32_768,
  timeoutMs: 30_000,
} as const;

export interface HttpSinkOptions {
  name: string;
  /** The endpoint the batches are POSTed to. */
  url: string;
  /** Sent as `Authorization: Bearer …`; never logged or stored. */
  token?: string;
  /** Send the envelope (event_id, scan_id, …) with the five 2CBP fields. */
  envelope?: boolean;
  limits?: Partial<OutboxLimits>;
  /** Bodies larger than this are sent gzip-compressed. */
  gzipAboveBytes?: number;
  /** Connect, response headers and response body each within this long. */
  timeoutMs?: number;
  /** For tests; otherwise the sink keeps its own keep-alive pool. */
  dispatcher?: Dispatcher;
}

const ENVELOPE_START = ',"event_id":';

/** The five wire fields of a stored event: cut before its envelope, parsed only if laid out otherwise. */
export function wireJson(stored: string): string {
  const cut = stored.lastIndexOf(ENVELOPE_START);
  if (cut > 0 && stored.startsWith('{"client_id":')) return `${stored.slice(0, cut)}}`;
  return JSON.stringify(toWire(JSON.parse(stored) as CbpEvent));
}

/** Statuses worth retrying: the aggregator is busy, down or slow, not the batch at fault. */
function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Retry-After as delta-seconds or an HTTP date, in milliseconds from `now`. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | null {
  const header = Array.isArray(value) ? value[0] : value;
  if (header === undefined) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** A URL fit for a log line or an error: no user, no password, no query string. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

/**
 * POSTs each batch as a JSON array of 2CBP events, with a bearer token and the batch id as its
 * Idempotency-Key (the same on every attempt, so the receiver can drop a batch it has accepted).
 */
export class HttpSink implements RemoteSink {
  readonly name: string;
  readonly limits: OutboxLimits;
  readonly #url: string;
  readonly #token: string | undefined;
  readonly #envelope: boolean;
  readonly #gzipAbove: number;
  readonly #timeoutMs: number;
  readonly #dispatcher: Dispatcher;
  readonly #ownsDispatcher: boolean;
  #closed = false;

  constructor(options: HttpSinkOptions) {
    this.name = options.name;
    this.#url = options.url;
    this.#token = options.token;
    this.#envelope = options.envelope ?? false;
    this.limits = {
      maxEvents: options.limits?.maxEvents ?? HTTP_SINK_DEFAULTS.maxEvents,
      maxBytes: options.limits?.maxBytes ?? HTTP_SINK_DEFAULTS.maxBytes,
    };
    this.#gzipAbove = options.gzipAboveBytes ?? HTTP_SINK_DEFAULTS.gzipAboveBytes;
    this.#timeoutMs = options.timeoutMs ?? HTTP_SINK_DEFAULTS.timeoutMs;
    this.#ownsDispatcher = options.dispatcher === undefined;
    this.#dispatcher =
      options.dispatcher ??
      new Agent({ connect: { timeout: this.#timeoutMs }, keepAliveTimeout: 10_000 });
  }

  /** Where batches go, without credentials (for status and logs). */
  get endpoint(): string {
    return describeUrl(this.#url);
  }

  /** The request body: the stored events as a JSON array, with or without their envelope. */
  body(batch: OutboxBatch): string {
    if (this.#envelope) return `[${batch.events.join(',')}]`;
    return `[${batch.events.map(wireJson).join(',')}]`;
  }

  async send(batch: OutboxBatch, signal: AbortSignal): Promise<SendResult> {
    const json = this.body(batch);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'idempotency-key': batch.id,
      'user-agent': 'clouddiagnoze',
    };
    if (this.#token !== undefined) headers.authorization = `Bearer ${this.#token}`;
    let payload: string | Buffer = json;
    if (Buffer.byteLength(json) > this.#gzipAbove) {
      payload = await gzip(json);
      headers['content-encoding'] = 'gzip';
    }
    let response: Dispatcher.ResponseData;
    try {
      response = await request(this.#url, {
        method: 'POST',
        headers,
        body: payload,
        dispatcher: this.#dispatcher,
        headersTimeout: this.#timeoutMs,
        bodyTimeout: this.#timeoutMs,
        signal,
      });
    } catch (error) {
      signal.throwIfAborted();
      return { outcome: 'retry', failure: { statusCode: null, error: this.#networkError(error) } };
    }
    const status = response.statusCode;
    if (status >= 200 && status < 300) {
      await response.body.dump().catch(() => {});
      return { outcome: 'accepted', statusCode: status };
    }
    const responseBody = await this.#readBody(response.body);
    const failure = {
      statusCode: status,
      error: `${this.endpoint} answered ${status}`,
      responseBody,
    };
    if (!isRetryable(status)) return { outcome: 'rejected', failure };
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
    return retryAfterMs === null
      ? { outcome: 'retry', failure }
      : { outcome: 'retry', failure, retryAfterMs };
  }

  async close(): Promise<void> {
    if (!this.#ownsDispatcher || this.#closed) return;
    this.#closed = true;
    await this.#dispatcher.close();
  }

  #networkError(error: unknown): string {
    const code =
      error instanceof Error ? ((error as { code?: string }).code ?? error.name) : 'Error';
    const cause = (error as { cause?: { code?: string } } | undefined)?.cause?.code;
    return this.#redact(`${this.endpoint} unreachable: ${cause ?? code}`);
  }

  /** At most RESPONSE_BODY_LIMIT bytes of the body, with the token blanked if it was echoed. */
  async #readBody(body: Dispatcher.ResponseData['body']): Promise<string> {
    // Read past the limit by a token's length, so that no token is cut in two before blanking.
    const wanted = RESPONSE_BODY_LIMIT + (this.#token?.length ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of body) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        chunks.push(buffer);
        size += buffer.length;
        if (size >= wanted) break;
      }
    } catch {
      // A body cut short still tells something; keep what arrived.
    } finally {
      if (!body.destroyed) body.destroy();
    }
    const text = this.#redact(Buffer.concat(chunks).subarray(0, wanted).toString('utf8'));
    return text.slice(0, RESPONSE_BODY_LIMIT);
  }

  #redact(text: string): string {
    return this.#token ? text.split(this.#token).join('********') : text;
  }
}

/** The Opsteamize aggregator: `POST {base_url}/submit-metrics`. */
export function opsteamizeSink(
  options: Omit<HttpSinkOptions, 'name' | 'url'> & { baseUrl: string },
): HttpSink {
  const { baseUrl, ...rest } = options;
  return new HttpSink({
    ...rest,
    name: 'opsteamize',
    url: `${baseUrl.replace(/\/+$/, '')}/submit-metrics`,
  });
}

/** Any HTTP endpoint taking the same batches (the Opsteamize sink with another URL). */
export function webhookSink(options: Omit<HttpSinkOptions, 'name'>): HttpSink {
  return new HttpSink({ ...options, name: 'webhook' });
}
