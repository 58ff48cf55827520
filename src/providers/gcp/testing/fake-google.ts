/**
 * Test support: a local stand-in for Google's REST APIs (node:http on 127.0.0.1, an ephemeral
 * port) that serves recorded REST answers and records every request, and GCP clients pointed at it
 * through the endpoint override with a static token (no token endpoint is ever reached).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuth2Client } from 'google-auth-library';
import {
  noopApiCallObserver,
  silentLogger,
  type ApiCallObserver,
  type EventDraft,
  type JsonValue,
  type ResultCache,
  type UnitContext,
} from '../../../core/index.js';
import { projectClients, type GcpClients, type GcpSettings, type SharedReads } from '../clients.js';
import { BASE_URL_VARIABLE, resolveEndpoints } from '../endpoints.js';
import { GcpTransport } from '../transport.js';

export const FAKE_TOKEN = 'ya29.fake-token-for-tests';

export interface FakeRequest {
  method: string;
  /** The path without the query string. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

export interface FakeAnswer {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Answers a request; undefined = this route does not match it. */
export type Responder = (request: FakeRequest) => FakeAnswer | undefined;

export interface FakeGoogle {
  /** `http://127.0.0.1:PORT` */
  url: string;
  requests: FakeRequest[];
  /** Requests whose path matches. */
  count(path: string | RegExp): number;
  /** Adds routes, consulted before the earlier ones. */
  on(method: string, path: string | RegExp, respond: Responder | FakeAnswer): void;
  env(): Record<string, string>;
  close(): Promise<void>;
}

interface Route {
  method: string;
  path: string | RegExp;
  respond: Responder;
}

export async function startFakeGoogle(): Promise<FakeGoogle> {
  const routes: Route[] = [];
  const requests: FakeRequest[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(req);
      const request: FakeRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        body: raw ? (JSON.parse(raw) as unknown) : undefined,
        authorization: req.headers.authorization,
      };
      requests.push(request);
      let answer: FakeAnswer | undefined;
      for (const route of routes) {
        if (route.method !== request.method || !matches(route.path, request.path)) continue;
        answer = route.respond(request);
        if (answer) break;
      }
      answer ??= notFound(request.path);
      res.writeHead(answer.status ?? 200, {
        'content-type': 'application/json; charset=UTF-8',
        ...answer.headers,
      });
      res.end(JSON.stringify(answer.body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    count: (path) => requests.filter((r) => matches(path, r.path)).length,
    on(method, path, respond) {
      routes.unshift({
        method,
        path,
        respond: typeof respond === 'function' ? respond : () => respond,
      });
    },
    env: () => ({ [BASE_URL_VARIABLE]: url }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function matches(path: string | RegExp, actual: string): boolean {
  return typeof path === 'string' ? path === actual : path.test(actual);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    req.on('end', () => resolve(data));
  });
}

/** Serves `pages` in order: page i+1 is asked for with pageToken `page-<i+1>`. */
export function paged(pages: readonly Record<string, unknown>[]): Responder {
  return (request) => {
    const token = request.query.get('pageToken');
    const index = token ? Number(token.replace('page-', '')) - 1 : 0;
    const page = pages[index];
    if (!page) return { status: 400, body: googleError(400, 'INVALID_ARGUMENT', 'bad page token') };
    return {
      body: index + 1 < pages.length ? { ...page, nextPageToken: `page-${index + 2}` } : page,
    };
  };
}

/** An error body as Google's APIs write it (AIP-193), with the legacy `errors[]`. */
export function googleError(
  code: number,
  status: string,
  message: string,
  reason?: { legacy?: string; info?: string; service?: string },
): Record<string, unknown> {
  return {
    error: {
      code,
      message,
      ...(reason?.legacy ? { errors: [{ message, domain: 'global', reason: reason.legacy }] } : {}),
      status,
      ...(reason?.info
        ? {
            details: [
              {
                '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
                reason: reason.info,
                domain: 'googleapis.com',
                metadata: reason.service ? { service: reason.service } : {},
              },
            ],
          }
        : {}),
    },
  };
}

/** 403 SERVICE_DISABLED, as an API not enabled in the project answers. */
export function serviceDisabled(service: string, project: string): FakeAnswer {
  const message = `${service} API has not been used in project ${project} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/${service}/overview?project=${project} then retry.`;
  return {
    status: 403,
    body: googleError(403, 'PERMISSION_DENIED', message, {
      legacy: 'accessNotConfigured',
      info: 'SERVICE_DISABLED',
      service,
    }),
  };
}

/** 403 PERMISSION_DENIED for a missing IAM permission. */
export function permissionDenied(permission: string, resource: string): FakeAnswer {
  return {
    status: 403,
    body: googleError(
      403,
      'PERMISSION_DENIED',
      `Required '${permission}' permission for '${resource}'`,
      { legacy: 'forbidden', info: 'IAM_PERMISSION_DENIED' },
    ),
  };
}

/** 429 with Compute's rateLimitExceeded. */
export function rateLimited(): FakeAnswer {
  return {
    status: 429,
    body: googleError(
      429,
      'RESOURCE_EXHAUSTED',
      "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute' of service 'compute.googleapis.com'",
      { legacy: 'rateLimitExceeded', info: 'RATE_LIMIT_EXCEEDED' },
    ),
  };
}

function notFound(path: string): FakeAnswer {
  return {
    status: 404,
    body: googleError(404, 'NOT_FOUND', `The fake serves nothing at ${path}`, {
      legacy: 'notFound',
    }),
  };
}

/** A transport with a static token pointed at the fake, retrying at once. */
export function fakeTransport(
  fake: Pick<FakeGoogle, 'env'>,
  observer: ApiCallObserver = noopApiCallObserver,
): GcpTransport {
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: FAKE_TOKEN });
  return new GcpTransport({
    auth,
    endpoints: resolveEndpoints(fake.env()),
    observer,
    baseDelayMs: 1,
  });
}

export function fakeClients(
  fake: Pick<FakeGoogle, 'env'>,
  project: string,
  settings: GcpSettings = {},
  shared: SharedReads = new Map(),
): GcpClients {
  return projectClients(fakeTransport(fake), project, settings, shared);
}

/** A tenant cache in memory (what the store's result cache does), for cached-answer tests. */
export function memoryCache(): ResultCache & { entries: Map<string, JsonValue> } {
  const entries = new Map<string, JsonValue>();
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, value) => {
      entries.set(key, value);
    },
  };
}

export function gcpUnitContext(
  clients: GcpClients,
  overrides: Partial<UnitContext<GcpClients>> = {},
): UnitContext<GcpClients> {
  return {
    scanId: 'scan-0001',
    clientId: 'client-acme',
    accountId: clients.project,
    region: 'global',
    clients,
    options: { metrics_window_days: 14, unit_timeout_seconds: 900 },
    signal: new AbortController().signal,
    clock: { now: () => new Date('2026-11-20T10:00:00Z') },
    log: silentLogger,
    ...overrides,
  };
}

export async function drainEvents(events: AsyncIterable<EventDraft>): Promise<EventDraft[]> {
  const out: EventDraft[] = [];
  for await (const event of events) out.push(event);
  return out;
}

/** The value of one fact, or undefined when the scanner did not emit it. */
export function valueOf(events: readonly EventDraft[], resourceId: string, metricType: string) {
  const found = events.filter((e) => e.resource_id === resourceId && e.metric_type === metricType);
  if (found.length > 1)
    throw new Error(`${metricType} emitted ${found.length} times for ${resourceId}`);
  return found[0]?.metric_value;
}
