import type { z } from 'zod';
import type { MetricDefinition } from './catalogue.js';
import type { ApiCostMeter } from './api-cost.js';
import type { EventDraft, JsonValue } from './event.js';
import type { ApiCallObserver } from './ports.js';
import type { RedactedAuthMode, ScanOptions } from './scan.js';
import type { Clock } from './time.js';

/** The subset of pino's logger the scanning code uses. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};

/** What one unit (account × service × region) of a scan gets to work with. */
export interface UnitContext<TClients> {
  scanId: string;
  clientId: string;
  accountId: string;
  /** A region name, or GLOBAL_REGION for an account-wide service. */
  region: string;
  clients: TClients;
  options: ScanOptions;
  signal: AbortSignal;
  clock: Clock;
  log: Logger;
  /**
   * Derives further events (security check results) from the snapshot the scanner collected, so
   * that checks never call the cloud. Scanners call it once, after their own extractors.
   */
  derive?: (snapshot: unknown) => Iterable<EventDraft>;
  /** Records the unit's paid API calls (the scan's own cost). */
  meter?: ApiCostMeter;
  /** Answers of paid or slow APIs kept across scans of the same tenant (Cost Explorer, prices). */
  cache?: ResultCache;
}

/** A tenant's cache of API answers, shared by the scans of that tenant. */
export interface ResultCache {
  get(key: string): Promise<JsonValue | undefined>;
  set(key: string, value: JsonValue, ttlSeconds: number): Promise<void>;
}

/** Evaluates the checks registered for a service against one unit's snapshot. */
export interface SnapshotEvaluator {
  evaluate(input: {
    provider: string;
    service: string;
    accountId: string;
    region: string;
    options: ScanOptions;
    snapshot: unknown;
  }): Iterable<EventDraft>;
}

/**
 * One service's scanner. `scan` calls the cloud only through `ctx.clients` and yields events as it
 * goes; a scanner is usually a collector (I/O) feeding pure extractors.
 */
export interface CloudScanner<TClients = unknown> {
  readonly provider: string;
  readonly service: string;
  readonly title: string;
  /** `regional` units run once per region; `global` once per account. */
  readonly scope: 'regional' | 'global';
  /** Every metric type this scanner may emit. */
  readonly metrics: readonly MetricDefinition[];
  /**
   * Service segments its metric types may carry besides `service` (account-wide cost facts such
   * as `aws.cost.account.*`); none when absent.
   */
  readonly metricServices?: readonly string[];
  /** Read-only permissions (IAM actions on AWS) the scanner needs. */
  readonly permissions: readonly string[];
  scan(ctx: UnitContext<TClients>): AsyncIterable<EventDraft>;
}

/** Bounds the work in flight per key within one process. */
export interface ConcurrencyLimiter {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export interface ConnectOptions {
  signal?: AbortSignal;
  log: Logger;
  observer: ApiCallObserver;
  /** Shared by every session of the process; keyed by account and region (`<account>:<region>`). */
  limiter?: ConcurrencyLimiter;
}

/** An authenticated connection to one account: identity, regions, pooled clients. */
export interface ProviderSession<TClients> {
  readonly accountId: string;
  /** Regions enabled for the account (opted-in ones included). */
  enabledRegions(): Promise<string[]>;
  clientsFor(region: string): TClients;
  /**
   * The accounts a scan with this session covers: the session's own, or an organization's
   * members. An account that cannot be reached comes with the reason.
   */
  accounts(): Promise<{ accountId: string; failure?: { code: string; message: string } }[]>;
  /** A session for one of `accounts()` (itself for its own account). */
  forAccount(accountId: string): Promise<ProviderSession<TClients>>;
  close(): void;
}

/** A cloud provider: how to authenticate, which regions exist, which scanners it has. */
export interface CloudProvider<
  TAuth extends { type: string } = { type: string },
  TClients = unknown,
> {
  readonly id: string;
  readonly title: string;
  /** Every region name the provider knows (validation never calls the cloud). */
  readonly knownRegions: readonly string[];
  readonly authModeSchema: z.ZodType<TAuth>;
  readonly scanners: readonly CloudScanner<TClients>[];
  /** The auth mode with every secret masked, fit to be stored and shown. */
  redactAuth(auth: TAuth): RedactedAuthMode;
  connect(auth: TAuth, options: ConnectOptions): Promise<ProviderSession<TClients>>;
  /** Maps the provider's SDK errors to the code and kind a scan records (never with a secret). */
  classifyError(error: unknown): ClassifiedError;
}

/** Errors a provider maps from its SDK so the runner can record them uniformly. */
export interface ClassifiedError {
  code: string;
  message: string;
  /** Expected and not the scan's fault: region not enabled, access denied… */
  kind: 'access_denied' | 'region_disabled' | 'throttled' | 'timeout' | 'cancelled' | 'error';
}
