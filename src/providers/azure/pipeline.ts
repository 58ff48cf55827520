import {
  bearerTokenAuthenticationPolicyName,
  createEmptyPipeline,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  RestError,
  type HttpClient,
  type Pipeline,
  type PipelinePolicy,
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
} from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/identity';
import type { ApiCallObserver } from '../../core/index.js';
import type { AzureCloud } from './cloud.js';
import { azureErrorCode, UNTRUSTED_NEXT_LINK } from './errors.js';
import { armThrottlePolicy, type ThrottleRegistry } from './throttle.js';

/** What every Azure pipeline of one session shares. */
export interface PipelineContext {
  cloud: AzureCloud;
  credential: TokenCredential;
  throttle: ThrottleRegistry;
  principal: string;
  observer: ApiCallObserver;
  /** Tests and benches count requests here; production leaves the default HTTP client. */
  httpClient?: HttpClient;
}

/**
 * Bearer token on every request, whatever the scheme. core-rest-pipeline refuses a token over plain
 * http; an emulator configured as `http://127.0.0.1:…` through the ARM endpoint is the only case
 * where this policy replaces the SDK's.
 */
function plainBearerPolicy(credential: TokenCredential, scope: string): PipelinePolicy {
  return {
    name: 'clouddiagnozePlainBearer',
    async sendRequest(request, next) {
      const token = await credential.getToken(scope, { abortSignal: request.abortSignal });
      if (token) request.headers.set('authorization', `Bearer ${token.token}`);
      return next(request);
    },
  };
}

function observerPolicy(observer: ApiCallObserver, service: string): PipelinePolicy {
  return {
    name: 'clouddiagnozeObserver',
    async sendRequest(request, next) {
      const started = performance.now();
      const operation = `${request.method} ${new URL(request.url).pathname.replace(/[0-9a-f-]{36}/gi, '{id}')}`;
      try {
        const response = await next(request);
        observer.onCall({
          provider: 'azure',
          service,
          operation,
          region: 'global',
          outcome: response.status < 400 ? 'success' : 'error',
          ...(response.status >= 400 ? { errorCode: `Http${response.status}` } : {}),
          throttled: response.status === 429,
          durationMs: performance.now() - started,
        });
        return response;
      } catch (error) {
        observer.onCall({
          provider: 'azure',
          service,
          operation,
          region: 'global',
          outcome: 'error',
          errorCode: azureErrorCode(error),
          throttled: false,
          durationMs: performance.now() - started,
        });
        throw error;
      }
    },
  };
}

/**
 * An SDK client of ours talks to the ARM endpoint only; any other origin can come only from an
 * answer (a `nextLink` the SDK's pager follows), so it is refused before the token is set:
 * `UntrustedNextLink`, nothing sent.
 */
function armOriginPolicy(armEndpoint: string, service: string): PipelinePolicy {
  const arm = new URL(armEndpoint);
  return {
    name: 'clouddiagnozeArmOrigin',
    sendRequest(request, next) {
      const url = new URL(request.url);
      if (url.origin === arm.origin) return next(request);
      const error = new RestError(
        `${service}: ${request.method} ${url.pathname} on ${url.protocol}//${url.host}, not the ARM endpoint ${arm.origin}: not sent (no token)`,
        { code: UNTRUSTED_NEXT_LINK },
      );
      Object.assign(error, {
        details: { error: { code: UNTRUSTED_NEXT_LINK, message: error.message } },
      });
      return Promise.reject(error);
    },
  };
}

/**
 * Adds our throttling and observation to an SDK client's pipeline (and plain-http auth if asked),
 * and refuses any origin but the ARM endpoint's before the token is set.
 */
export function prepareSdkPipeline(
  pipeline: Pipeline,
  ctx: PipelineContext,
  service: string,
  scope = `${ctx.cloud.armAudience}/.default`,
): void {
  // No phase: it runs before the Retry and Sign phases, so a refused request never gets a token.
  pipeline.addPolicy(armOriginPolicy(ctx.cloud.armEndpoint, service));
  pipeline.addPolicy(armThrottlePolicy(ctx.throttle, ctx.principal), { afterPhase: 'Retry' });
  pipeline.addPolicy(observerPolicy(ctx.observer, service), { afterPhase: 'Retry' });
  if (ctx.cloud.allowInsecure) {
    pipeline.removePolicy({ name: bearerTokenAuthenticationPolicyName });
    pipeline.addPolicy(plainBearerPolicy(ctx.credential, scope), { phase: 'Sign' });
  }
}

/** Options every SDK client of a session gets: endpoint, token audience, HTTP client. */
export function sdkOptions(ctx: PipelineContext) {
  return {
    endpoint: ctx.cloud.armEndpoint,
    $host: ctx.cloud.armEndpoint,
    credentialScopes: [`${ctx.cloud.armAudience}/.default`],
    credentials: { scopes: [`${ctx.cloud.armAudience}/.default`] },
    allowInsecureConnection: ctx.cloud.allowInsecure,
    ...(ctx.httpClient ? { httpClient: ctx.httpClient } : {}),
  };
}

export type JsonObject = Record<string, unknown>;

/**
 * REST calls with no (stable) SDK: batch metrics, Cost Management, Retail Prices. Same credential,
 * throttling and retry (429 with Retry-After included) as the SDK clients.
 */
export class AzureRest {
  readonly #pipeline: Pipeline;
  readonly #http: HttpClient;

  constructor(
    private readonly ctx: PipelineContext,
    service: string,
    /** Token scope; none for a public API. */
    scope: string | undefined,
    /** The throttle of an authenticated API: ARM's buckets unless said otherwise (Key Vault's). */
    throttle: PipelinePolicy = armThrottlePolicy(ctx.throttle, ctx.principal),
  ) {
    this.#http = ctx.httpClient ?? createDefaultHttpClient();
    this.#pipeline = scope ? createPipelineFromOptions({}) : createEmptyPipeline();
    if (scope) {
      const insecure = ctx.cloud.allowInsecure;
      this.#pipeline.addPolicy(
        insecure
          ? plainBearerPolicy(ctx.credential, scope)
          : bearerTokenAuthenticationPolicy({ credential: ctx.credential, scopes: scope }),
        { phase: 'Sign' },
      );
      this.#pipeline.addPolicy(throttle, { afterPhase: 'Retry' });
    }
    this.#pipeline.addPolicy(
      observerPolicy(ctx.observer, service),
      scope ? { afterPhase: 'Retry' } : {},
    );
  }

  async request(
    method: 'GET' | 'POST',
    url: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<JsonObject> {
    const request = createPipelineRequest({
      url,
      method,
      headers: createHttpHeaders({
        accept: 'application/json',
        'content-type': 'application/json',
      }),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { abortSignal: signal } : {}),
      allowInsecureConnection: url.startsWith('http://'),
    });
    const response = await this.#pipeline.sendRequest(this.#http, request);
    let parsed: JsonObject;
    try {
      parsed = response.bodyAsText ? (JSON.parse(response.bodyAsText) as JsonObject) : {};
    } catch {
      parsed = {};
    }
    if (response.status >= 400) {
      const error = (parsed.error ?? {}) as { code?: string; message?: string };
      const restError = new RestError(
        error.message ?? `HTTP ${response.status} from ${method} ${new URL(url).pathname}`,
        {
          code: error.code ?? `Http${response.status}`,
          statusCode: response.status,
        },
      );
      Object.assign(restError, { details: { error } });
      throw restError;
    }
    return parsed;
  }

  /**
   * Every item of a `value` / `nextLink` listing. A `nextLink` is followed only on the host of the
   * request that returned it (see `followableNextLink`): a reply naming another host ends the
   * listing with `UntrustedNextLink`, and the token is never sent there.
   */
  async *pages(url: string, signal?: AbortSignal): AsyncGenerator<JsonObject[]> {
    let next: string | undefined = url;
    while (next) {
      const page: JsonObject = await this.request('GET', next, undefined, signal);
      const link: string | undefined =
        typeof page.nextLink === 'string' && page.nextLink
          ? followableNextLink(next, page.nextLink, this.ctx.cloud.allowInsecure)
          : undefined;
      yield (page.value as JsonObject[] | undefined) ?? [];
      next = link;
    }
  }
}

/** The code of a listing stopped because its `nextLink` left the host that answered. */
export { UNTRUSTED_NEXT_LINK };

/**
 * The `nextLink` (resolved against the request that returned it) when it may receive the request's
 * bearer token: the same host and port, over https, or over http only when the configured endpoint
 * is itself http (a local emulator) and the request was. Anything else throws `UntrustedNextLink`,
 * naming the call and the host, never the link's query (skip tokens).
 */
export function followableNextLink(
  requestUrl: string,
  nextLink: string,
  allowInsecure: boolean,
): string {
  const from = new URL(requestUrl);
  let to: URL | undefined;
  try {
    to = new URL(nextLink, from);
  } catch {
    to = undefined;
  }
  const scheme =
    to?.protocol === 'https:' ||
    (to?.protocol === 'http:' && allowInsecure && from.protocol === 'http:');
  if (to && scheme && to.host === from.host) return to.toString();
  const where = to ? `${to.protocol}//${to.host}` : 'an unparsable URL';
  const error = new RestError(
    `nextLink of GET ${from.pathname} points at ${where}, not ${from.protocol}//${from.host}: not followed (no token sent)`,
    { code: UNTRUSTED_NEXT_LINK },
  );
  Object.assign(error, {
    details: { error: { code: UNTRUSTED_NEXT_LINK, message: error.message } },
  });
  throw error;
}
