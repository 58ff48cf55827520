import {
  fromIni,
  fromNodeProviderChain,
  fromTemporaryCredentials,
  fromTokenFile,
} from '@aws-sdk/credential-providers';
import { memoize } from '@smithy/property-provider';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { ApiCallObserver, CallTimeouts } from '../../core/index.js';
import type { AwsAuthMode } from './auth.js';
import { classifyAwsError } from './errors.js';
import { homeRegion } from './regions.js';

/** Refresh temporary credentials this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/** The config every AWS SDK v3 client constructor accepts that we set. */
export interface AwsClientConfig {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  retryMode: 'adaptive';
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
   * Runs each call (its retries included) when the region has room: bounds the calls in flight per
   * account and region, so that parallel units do not trip the account's API rate limits.
   */
  limit?: (region: string, call: () => Promise<unknown>) => Promise<unknown>;
  /** Per-attempt timeouts (default: connect 10 s, response 60 s); retries multiply them. */
  timeouts?: CallTimeouts;
}

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
 * Pools SDK clients per (client class, region) for one account's credentials. Every client uses the
 * SDK's adaptive retry, and reports each call to the observer.
 */
export class AwsClientPool {
  readonly #clients = new Map<string, MiddlewareClient>();
  readonly #classIds = new Map<unknown, number>();
  readonly #handler: NodeHttpHandler;

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
      retryMode: 'adaptive',
      maxAttempts: this.options.maxAttempts,
      requestHandler: this.#handler,
      // An emulator or a VPC endpoint answers on one host: neither bucket.host (S3) nor
      // account-id.host (S3 Control's host prefix) resolves there.
      ...(customEndpointConfigured() ? { forcePathStyle: true, disableHostPrefix: true } : {}),
    }) as unknown as MiddlewareClient;
    if (customEndpointConfigured()) singleHost(client);
    this.#observe(client, region);
    this.#limit(client, region);
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
            durationMs: performance.now() - started,
          });
          return result;
        } catch (error) {
          const classified = classifyAwsError(error);
          observer.onCall({
            provider: 'aws',
            service,
            operation,
            region,
            outcome: 'error',
            errorCode: classified.code,
            throttled: classified.kind === 'throttled',
            durationMs: performance.now() - started,
          });
          throw error;
        }
      },
      { step: 'initialize', name: 'clouddiagnozeObserver' },
    );
  }

  #limit(client: MiddlewareClient, region: string): void {
    const limit = this.options.limit;
    if (!limit) return;
    // Outside the observer, so that a call's recorded duration leaves out its wait for a slot.
    client.middlewareStack.add((next) => (args) => limit(region, () => next(args)), {
      step: 'initialize',
      name: 'clouddiagnozeRegionLimit',
      priority: 'high',
    });
  }

  close(): void {
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
}

export function boundClients(pool: AwsClientPool, region: string): AwsClients {
  return {
    region,
    get: (clientClass) => pool.get(clientClass, region),
    inRegion: (clientClass, other) => pool.get(clientClass, other),
  };
}
