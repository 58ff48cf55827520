import type { AuthClient } from 'google-auth-library';
import { Agent, fetch as undiciFetch } from 'undici';
import type { ApiCallObserver } from '../../core/index.js';
import type { GcpApi, GcpEndpoints } from './endpoints.js';
import { classifyGcpError, GcpApiError, isRetryable, isTransientNetworkError } from './errors.js';

/** One REST call of a Google API, as its reference documents it. */
export interface GcpCall {
  api: GcpApi;
  /** The method as the discovery document names it: `instances.aggregatedList`. */
  operation: string;
  /** Relative to the API's base URL: `projects/P/aggregated/instances`. */
  path: string;
  method?: 'GET' | 'POST';
  query?: Record<string, string | number | boolean | readonly string[] | undefined>;
  body?: unknown;
}

export interface GcpTransportOptions {
  auth: AuthClient;
  endpoints: GcpEndpoints;
  observer: ApiCallObserver;
  /** Runs a call when the project has room (concurrency and rate); none = at once. */
  limit?: (project: string, call: () => Promise<Response>) => Promise<Response>;
  /** Attempts per call, the first included. */
  maxAttempts?: number;
  /** First backoff delay; doubles on each retry (with jitter), capped at 32 s. */
  baseDelayMs?: number;
  /** Per attempt: from the request sent to the whole answer. */
  requestTimeoutMs?: number;
  /** Per attempt: to open the connection (TCP and TLS); a silent host fails fast and is retried. */
  connectTimeoutMs?: number;
}

const MAX_DELAY_MS = 32_000;

/**
 * Google's REST APIs with google-auth-library's credentials: one transport for every API, so that
 * retries (429, 5xx, rateLimitExceeded, with exponential backoff and Retry-After), the per-project
 * limit, the call observer and the error shape are the same everywhere.
 */
export class GcpTransport {
  readonly #options: Required<Omit<GcpTransportOptions, 'limit'>> &
    Pick<GcpTransportOptions, 'limit'>;
  /** The transport's connection pool, with the connect and response bounds on every socket. */
  readonly #dispatcher: Agent;

  constructor(options: GcpTransportOptions) {
    this.#options = {
      ...options,
      maxAttempts: options.maxAttempts ?? 6,
      baseDelayMs: options.baseDelayMs ?? 500,
      requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
      connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    };
    this.#dispatcher = new Agent({
      connect: { timeout: this.#options.connectTimeoutMs },
      headersTimeout: this.#options.requestTimeoutMs,
      bodyTimeout: this.#options.requestTimeoutMs,
    });
  }

  /** Closes the pooled connections (the session's end). */
  async close(): Promise<void> {
    await this.#dispatcher.close();
  }

  get auth(): AuthClient {
    return this.#options.auth;
  }

  url(call: GcpCall): string {
    const url = new URL(call.path, this.#options.endpoints[call.api]);
    for (const [key, value] of Object.entries(call.query ?? {})) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
      else url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  /** One call on behalf of `project` (whose limit it counts against); the parsed JSON answer. */
  async request<T>(project: string, call: GcpCall, signal?: AbortSignal): Promise<T> {
    const { maxAttempts, baseDelayMs, observer } = this.#options;
    const name = `${call.api}.${call.operation}`;
    const url = this.url(call);
    const started = performance.now();
    let throttled = false;
    for (let attempt = 1; ; attempt += 1) {
      signal?.throwIfAborted();
      try {
        let response: Response;
        try {
          response = await this.#send(project, call, url, signal);
        } catch (error) {
          // A connection that did not open in time or was reset: the next attempt may get through.
          if (attempt < maxAttempts && !signal?.aborted && isTransientNetworkError(error)) {
            await sleep(backoff(attempt, baseDelayMs), signal);
            continue;
          }
          throw error;
        }
        const body: unknown = await response.json().catch(() => ({}));
        if (!response.ok) {
          const error = GcpApiError.from(name, response.status, body);
          if (attempt < maxAttempts && isRetryable(error)) {
            throttled = true;
            await sleep(retryDelay(response, attempt, baseDelayMs), signal);
            continue;
          }
          throw error;
        }
        observer.onCall({
          provider: 'gcp',
          service: call.api,
          operation: call.operation,
          region: 'global',
          outcome: 'success',
          throttled,
          durationMs: performance.now() - started,
        });
        return body as T;
      } catch (error) {
        const classified = classifyGcpError(error);
        observer.onCall({
          provider: 'gcp',
          service: call.api,
          operation: call.operation,
          region: 'global',
          outcome: 'error',
          errorCode: classified.code,
          throttled: throttled || classified.kind === 'throttled',
          durationMs: performance.now() - started,
        });
        throw error;
      }
    }
  }

  /**
   * Every page of a listing (`pageToken` → `nextPageToken`), each yielded as it arrives so that
   * callers keep only their compact form.
   */
  async *pages<Page extends { nextPageToken?: string }>(
    project: string,
    call: GcpCall,
    signal?: AbortSignal,
  ): AsyncGenerator<Page> {
    let pageToken: string | undefined;
    do {
      const page = await this.request<Page>(
        project,
        { ...call, query: { ...call.query, pageToken } },
        signal,
      );
      yield page;
      pageToken = page.nextPageToken || undefined;
    } while (pageToken);
  }

  async #send(
    project: string,
    call: GcpCall,
    url: string,
    signal?: AbortSignal,
  ): Promise<Response> {
    const send = async (): Promise<Response> => {
      const headers = new Headers(await this.#options.auth.getRequestHeaders(url));
      headers.set('accept', 'application/json');
      if (call.body !== undefined) headers.set('content-type', 'application/json');
      const timeout = AbortSignal.timeout(this.#options.requestTimeoutMs);
      return (await undiciFetch(url, {
        method: call.method ?? 'GET',
        headers: Object.fromEntries(headers),
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        dispatcher: this.#dispatcher,
      })) as unknown as Response;
    };
    return this.#options.limit ? this.#options.limit(project, send) : send();
  }
}

function retryDelay(response: Response, attempt: number, baseDelayMs: number): number {
  const retryAfter = Number(response.headers.get('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0)
    return Math.min(retryAfter * 1000, MAX_DELAY_MS);
  return backoff(attempt, baseDelayMs);
}

/** Exponential backoff with jitter: half the ceiling plus up to as much again. */
function backoff(attempt: number, baseDelayMs: number): number {
  const ceiling = Math.min(baseDelayMs * 2 ** (attempt - 1), MAX_DELAY_MS);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}
