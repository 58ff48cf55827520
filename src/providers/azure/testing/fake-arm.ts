/**
 * A small local Azure Resource Manager fake (node:http on 127.0.0.1, port 0) for collector tests
 * and benches: it answers the exact REST JSON given per route and records every request.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '../../../core/index.js';
import type { AzureAuthMode } from '../auth.js';
import { connectAzure, type AzureSession } from '../session.js';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

type Handler = (request: FakeRequest) => FakeResponse | Promise<FakeResponse>;

interface Route {
  method: string;
  path: RegExp;
  handler: Handler;
}

export const FAKE_TOKEN = 'fake-arm-token';

export class FakeArm {
  readonly requests: FakeRequest[] = [];
  readonly #routes: Route[] = [];
  #server?: Server;
  url = '';

  /** Answers `method path` (a regex on the path, query excluded); later routes win. */
  on(method: string, path: RegExp, handler: Handler | FakeResponse): this {
    this.#routes.unshift({
      method,
      path,
      handler: typeof handler === 'function' ? handler : () => handler,
    });
    return this;
  }

  /** Requests whose path matches. */
  count(path: RegExp, method?: string): number {
    return this.requests.filter((r) => path.test(r.path) && (!method || r.method === method))
      .length;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      void this.#handle(req)
        .catch((error: unknown): FakeResponse => ({
          status: 500,
          body: { error: { code: 'FakeFailure', message: String(error) } },
        }))
        .then(({ status = 200, headers = {}, body }) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(body === undefined ? '' : JSON.stringify(body));
        });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.#server) return;
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server!.close(() => resolve()));
  }

  async #handle(req: IncomingMessage): Promise<FakeResponse> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      body: text ? (JSON.parse(text) as unknown) : undefined,
      authorization: req.headers.authorization,
    };
    this.requests.push(request);
    const route = this.#routes.find(
      (r) => r.method === request.method && r.path.test(request.path),
    );
    if (!route) {
      return {
        status: 404,
        body: { error: { code: 'NotFoundInFake', message: `${request.method} ${request.path}` } },
      };
    }
    return route.handler(request);
  }
}

/** ARM's answer to a call the principal has no role for. */
export function authorizationFailed(action: string, scope: string): FakeResponse {
  return {
    status: 403,
    body: {
      error: {
        code: 'AuthorizationFailed',
        message: `The client 'scanner' with object id '00000000-0000-0000-0000-000000000000' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
      },
    },
  };
}

/** A session on the fake, with a static bearer token (no token endpoint is ever called). */
export function fakeSession(
  fake: FakeArm,
  auth: Partial<AzureAuthMode> = {},
): Promise<AzureSession> {
  return connectAzure(
    {
      type: 'access_token',
      access_token: FAKE_TOKEN,
      arm_endpoint: fake.url,
      ...auth,
    } as AzureAuthMode,
    { log: silentLogger, observer: { onCall: () => {} } },
    {
      env: {
        CLOUDDIAGNOZE_AZURE_PRICES_ENDPOINT: `${fake.url}/api/retail/prices`,
        CLOUDDIAGNOZE_AZURE_METRICS_ENDPOINT: fake.url,
      },
    },
  );
}
