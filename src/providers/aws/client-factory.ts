import {
  fromIni,
  fromNodeProviderChain,
  fromTemporaryCredentials,
  fromTokenFile,
} from '@aws-sdk/credential-providers';
import { memoize } from '@smithy/property-provider';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  RetryStrategyV2,
} from '@smithy/types';
import type { ApiCallObserver, CallTimeouts } from '../../core/index.js';
import type { AwsAuthMode } from './auth.js';
import { classifyAwsError, recordFailedCall } from './errors.js';
import { processRateLimiter, serviceOfClient, type AwsRateLimiter } from './rate-limit.js';
import { homeRegion } from './regions.js';
import { ScanRetryStrategy } from './retry.js';
import { sharedRead } from '../../lib/shared-read.js';

/** Refresh temporary credentials this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/** The config every AWS SDK v3 client constructor accepts that we set. */
export interface AwsClientConfig {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  retryStrategy: RetryStrategyV2;
  maxAttempts: number;
  requestHandler: NodeHttpHandler;
  forcePathStyle?: boolean;
  disableHostPrefix?: boolean;
}

interface MiddlewareClient {
  middlewareStack: {
    add(
      middleware: (
        next: (args: unknown) => Promise<unknown>,
        context: Record<string, unknown>,
      ) => (args: unknown) => Promise<unknown>,
      options: { step: 'initialize'; name: string; priority?: 'high' | 'normal' | 'low' },
    ): void;
    addRelativeTo(
      middleware: (
        next: (args: unknown) => Promise<unknown>,
        context: Record<string, unknown>,
      ) => (args: unknown) => Promise<unknown>,
      options: { relation: 'after'; toMiddleware: string; name: string },
    ): void;
  };
  destroy(): void;
  config?: { endpointProvider?: EndpointProvider };
}

type EndpointProvider = (params: Record<string, unknown>, context?: unknown) => unknown;

export type AwsClientClass<C> = new (config: AwsClientConfig) => C;

export interface AwsClientOptions {
  maxAttempts: number;
  observer: ApiCallObserver;
  /**
   * Runs each attempt's request when the region has room: bounds the requests in flight per account
   * and region (the token buckets, not this, keep to the APIs' rates). An attempt takes its slot
   * only once it has its token, and gives it back when the answer is in.
   */
  limit?: (region: string, call: () => Promise<unknown>) => Promise<unknown>;
  /** Per-attempt timeouts (default: connect 10 s, response 60 s); retries multiply them. */
  timeouts?: CallTimeouts;
  /**
   * The token buckets every attempt draws from (per account × region × service, the APIs' own
   * rates, slowing down on throttling): the process's by default; `null` = none.
   */
  rates?: AwsRateLimiter | null;
  /**
   * The account the credentials belong to, for the buckets' key. Unset: the pool learns it from
   * its own GetCallerIdentity answer (until then its calls draw from buckets of their own).
   */
  account?: () => string | undefined;
}

/** Where an attempt's waits (for a token, for a slot) add up, on the command's context. */
const WAITED = 'clouddiagnozeWaitedMs';

/** A call's time since `started`, less its waits for tokens and slots. */
function spent(started: number, context: Record<string, unknown>): number {
  return Math.max(0, performance.now() - started - Number(context[WAITED] ?? 0));
}

/** Pools whose account is not known yet each draw from their own buckets. */
let unidentifiedPools = 0;

type AuthOf<T extends AwsAuthMode['type']> = Extract<AwsAuthMode, { type: T }>;

/** How each auth mode turns into an SDK credential provider. */
const credentialProviders: {
  [T in AwsAuthMode['type']]: (auth: AuthOf<T>) => AwsCredentialIdentityProvider;
} = {
  default: () => fromNodeProviderChain(),
  profile: (auth) => fromIni({ profile: auth.profile }),
  sts: (auth) =>
    fromTemporaryCredentials({
      params: {
        RoleArn: auth.role_arn,
        ExternalId: auth.external_id,
        RoleSessionName: auth.session_name ?? 'clouddiagnoze',
        DurationSeconds: auth.duration_seconds ?? 3600,
      },
      clientConfig: { region: homeRegion() },
    }),
  web_identity: (auth) =>
    fromTokenFile({
      roleArn: auth.role_arn,
      roleSessionName: auth.session_name ?? 'clouddiagnoze',
      ...(auth.web_identity_token_file
        ? { webIdentityTokenFile: auth.web_identity_token_file }
        : {}),
      clientConfig: { region: homeRegion() },
    }),
  access_keys: (auth) => {
    const identity: AwsCredentialIdentity = {
      accessKeyId: auth.access_key_id,
      secretAccessKey: auth.secret_access_key,
      ...(auth.session_token ? { sessionToken: auth.session_token } : {}),
    };
    return () => Promise.resolve(identity);
  },
  // The management account's own credentials; member accounts are reached by assuming a role.
  organization: (auth) =>
    (
      credentialProviders[auth.management.type] as (a: AwsAuthMode) => AwsCredentialIdentityProvider
    )(auth.management),
};

/** One provider per scan, shared by every client, cached until shortly before expiry. */
export function credentialsFor(auth: AwsAuthMode): AwsCredentialIdentityProvider {
  const build = credentialProviders[auth.type] as (a: AwsAuthMode) => AwsCredentialIdentityProvider;
  return memoize(
    build(auth),
    (c) => c.expiration !== undefined && c.expiration.getTime() - Date.now() < REFRESH_MARGIN_MS,
    (c) => c.expiration !== undefined,
  );
}

/** True when an AWS-compatible endpoint (LocalStack, moto…) is configured through the SDK's settings. */
export function customEndpointConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Object.keys(env).some(
    (k) => k === 'AWS_ENDPOINT_URL' || k.startsWith('AWS_ENDPOINT_URL_'),
  );
}

/**
 * With a custom endpoint, the account id is never prefixed to its host. S3 Control's endpoint rules
 * build `<account-id>.<endpoint host>` whatever `disableHostPrefix` says; an emulator or a VPC
 * endpoint serves one host, where that name does not resolve (and `123456789012.127.0.0.1` is not
 * even a URL). The account id still travels in the `x-amz-account-id` header.
 */
function singleHost(client: MiddlewareClient): void {
  const config = client.config;
  const resolve = config?.endpointProvider;
  if (!config || !resolve) return;
  config.endpointProvider = (params, context) =>
    resolve(
      params.Endpoint !== undefined && params.RequiresAccountId === true
        ? { ...params, RequiresAccountId: false }
        : params,
      context,
    );
}

/**
 * Pools SDK clients per (client class, region) for one account's credentials. Every client retries
 * as the SDK's standard mode does (up to `maxAttempts`, backing off longer on throttling), less its
 * retry quota for throttling (`ScanRetryStrategy`), and reports each call to the observer. The pace
 * is the token buckets' (`#gate`), which slow down per account × region × service (× operation,
 * × S3 bucket) on throttling. Not the SDK's adaptive mode: its client-side limiter is one per
 * client (a region's S3 client serves every bucket), falls to 0.5 requests a second under
 * sustained throttling, and on top of the buckets took the scan of a small account (27 buckets)
 * from 20 s to 294 s when 3 requests in 10 were throttled (test/integration/throttling-moto.test.ts).
 */
export class AwsClientPool {
  readonly #clients = new Map<string, MiddlewareClient>();
  readonly #shared = new Map<string, Promise<unknown>>();
  readonly #classIds = new Map<unknown, number>();
  readonly #handler: NodeHttpHandler;
  readonly #pending = `pool-${(unidentifiedPools += 1)}`;
  #identified: string | undefined;

  constructor(
    readonly credentials: AwsCredentialIdentityProvider,
    readonly options: AwsClientOptions,
  ) {
    const responseMs = options.timeouts?.responseMs ?? 60_000;
    this.#handler = new NodeHttpHandler({
      connectionTimeout: options.timeouts?.connectMs ?? 10_000,
      // Without throwOnRequestTimeout the SDK only logs a warning when requestTimeout passes, and
      // a silent endpoint holds the call forever.
      requestTimeout: responseMs,
      throwOnRequestTimeout: true,
      socketTimeout: responseMs,
    });
  }

  get<C>(clientClass: AwsClientClass<C>, region: string): C {
    let classId = this.#classIds.get(clientClass);
    if (classId === undefined) {
      classId = this.#classIds.size;
      this.#classIds.set(clientClass, classId);
    }
    const key = `${classId}:${region}`;
    const existing = this.#clients.get(key);
    if (existing) return existing as C;
    const client = new clientClass({
      region,
      credentials: this.credentials,
      retryStrategy: new ScanRetryStrategy(this.options.maxAttempts),
      maxAttempts: this.options.maxAttempts,
      requestHandler: this.#handler,
      // An emulator or a VPC endpoint answers on one host: neither bucket.host (S3) nor
      // account-id.host (S3 Control's host prefix) resolves there.
      ...(customEndpointConfigured() ? { forcePathStyle: true, disableHostPrefix: true } : {}),
    }) as unknown as MiddlewareClient;
    if (customEndpointConfigured()) singleHost(client);
    this.#observe(client, region);
    this.#gate(client, region);
    this.#clients.set(key, client);
    return client as C;
  }

  #observe(client: MiddlewareClient, region: string): void {
    const observer = this.options.observer;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const started = performance.now();
        const service = String(context.clientName ?? 'unknown')
          .replace(/Client$/, '')
          .toLowerCase();
        const operation = String(context.commandName ?? 'unknown').replace(/Command$/, '');
        try {
          const result = (await next(args)) as { output?: { $metadata?: { attempts?: number } } };
          observer.onCall({
            provider: 'aws',
            service,
            operation,
            region,
            outcome: 'success',
            throttled: (result.output?.$metadata?.attempts ?? 1) > 1,
            durationMs: spent(started, context),
          });
          return result;
        } catch (error) {
          const classified = classifyAwsError(error);
          recordFailedCall(error, `${service}:${operation}`);
          observer.onCall({
            provider: 'aws',
            service,
            operation,
            region,
            outcome: 'error',
            errorCode: classified.code,
            throttled: classified.kind === 'throttled',
            durationMs: spent(started, context),
          });
          throw error;
        }
      },
      { step: 'initialize', name: 'clouddiagnozeObserver' },
    );
  }

  /** The account the buckets are keyed on: given, learnt, carried by the credentials, or the pool's own. */
  async #account(): Promise<string> {
    const known = this.options.account?.() ?? this.#identified;
    if (known !== undefined) return known;
    // Resolved and cached by the signer already; assumed-role credentials carry their account.
    const identity = await Promise.resolve(this.credentials()).catch(() => undefined);
    return identity?.accountId ?? this.#pending;
  }

  /**
   * Every attempt (inside the SDK's retries, so that a retry waits too) first takes a token from its
   * account × region × service bucket, then a slot of the region's `limit`, and holds the slot only
   * while its request is out: a call waiting for a token, or a retry in its back-off, keeps no
   * independent call of the region waiting. A throttling answer halves the bucket's rate, calls
   * that go through bring it back up. The time spent waiting is left out of the call's recorded
   * duration.
   */
  #gate(client: MiddlewareClient, region: string): void {
    const rates = this.options.rates === undefined ? processRateLimiter : this.options.rates;
    const limit = this.options.limit;
    if (!rates && !limit) return;
    client.middlewareStack.addRelativeTo(
      (next, context) => async (args) => {
        const asked = performance.now();
        const service = serviceOfClient(String(context.clientName ?? 'unknown'));
        const operation = String(context.commandName ?? 'unknown').replace(/Command$/, '');
        const input = (args as { input?: Record<string, unknown> }).input ?? {};
        const bucket = rates?.bucket(await this.#account(), region, service, operation, input);
        if (bucket) await bucket.take();
        const send = async (): Promise<unknown> => {
          context[WAITED] = Number(context[WAITED] ?? 0) + (performance.now() - asked);
          try {
            const result = await next(args);
            bucket?.succeeded();
            if (operation === 'GetCallerIdentity' && this.#identified === undefined) {
              const account = (result as { output?: { Account?: string } }).output?.Account;
              if (account) this.#identified = account;
            }
            return result;
          } catch (error) {
            if (classifyAwsError(error).kind === 'throttled') bucket?.throttled();
            else bucket?.released();
            throw error;
          }
        };
        return limit ? limit(region, send) : send();
      },
      { relation: 'after', toMiddleware: 'retryMiddleware', name: 'clouddiagnozeGate' },
    );
  }

  /**
   * One answer for every unit of the pool's account (the organization IAM and S3 both read): the
   * first unit's read, shared; a failed read is not kept, so the next unit tries again.
   */
  shared<T>(key: string, load: () => Promise<T>): Promise<T> {
    return sharedRead(this.#shared, key, load);
  }

  close(): void {
    this.#shared.clear();
    for (const client of this.#clients.values()) client.destroy();
    this.#clients.clear();
    this.#handler.destroy();
  }
}

/** What an AWS scanner's unit context carries: the pool, bound to the unit's region. */
export interface AwsClients {
  readonly region: string;
  /** A pooled client of the given SDK class for the unit's region (the home region for global units). */
  get<C>(clientClass: AwsClientClass<C>): C;
  /** A pooled client for another region (S3 buckets live in their own). */
  inRegion<C>(clientClass: AwsClientClass<C>, region: string): C;
  /** One answer for every unit of the account (see `AwsClientPool.shared`); absent: no sharing. */
  shared?<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export function boundClients(pool: AwsClientPool, region: string): AwsClients {
  return {
    region,
    get: (clientClass) => pool.get(clientClass, region),
    inRegion: (clientClass, other) => pool.get(clientClass, other),
    shared: (key, load) => pool.shared(key, load),
  };
}
