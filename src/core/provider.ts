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
  /**
   * Which of the scanner's declared facets the scan needs (its check selection and dimensions);
   * every facet when absent.
   */
  wants?: (facet: string) => boolean;
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
    /** Where a result lands when a check could not name a resource (the provider's scope id). */
    scopeResourceId: string;
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

/** Bounds of one cloud call attempt, so that a silent endpoint costs a bounded time. */
export interface CallTimeouts {
  /** To open the connection (TCP and TLS). */
  connectMs: number;
  /** From the request sent to the whole answer (the socket idle for this long ends it). */
  responseMs: number;
}

export interface ConnectOptions {
  signal?: AbortSignal;
  /** Per-attempt call timeouts; each provider applies them to its SDK's HTTP handler. */
  callTimeouts?: CallTimeouts;
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

/** One command-line option a provider adds to `clouddiagnoze scan` to build its auth mode. */
export interface CliAuthOption {
  /** Commander syntax: `--profile <name>`, `--gcp-key-file <file>`. */
  flags: string;
  description: string;
}

/** How the command line turns its flags into one of the provider's auth modes. */
export interface ProviderCli<TAuth> {
  readonly options: readonly CliAuthOption[];
  /**
   * Builds the auth mode from the parsed flags (commander's camel-cased names, only the provider's
   * own options); throws an `Error` whose message is one line for the user on a bad combination.
   */
  authFromFlags(flags: Readonly<Record<string, unknown>>): TAuth;
}

/** The document that grants a scan its read-only permissions, in the provider's own format. */
export interface PermissionFormat<TAuth> {
  /** `aws-iam-policy`, `gcp-custom-role`, `azure-role-definition`. */
  readonly format: string;
  readonly mediaType: 'application/json' | 'application/yaml';
  /** What one permission looks like (`ec2:DescribeInstances`, `compute.instances.list`…). */
  readonly pattern: RegExp;
  /** Permissions every scan needs whatever its services (identity, regions, member accounts). */
  baseline(auth?: TAuth): readonly string[];
  /**
   * The document for these permissions (the baseline is already among them); with the scan's auth
   * when known, so that a format naming scopes (an Azure role's AssignableScopes) can name its own.
   */
  render(permissions: readonly string[], auth?: TAuth): string;
}

/** How a provider names resources (ARNs, full resource names, ARM ids). */
export interface ResourceIdScheme {
  /** The id of account- or region-wide facts and results of a service (where no resource applies). */
  scope(input: { accountId: string; region: string; service: string }): string;
  /** A short, stable resource type read from an id (`instance`, `bucket`…); undefined if unknown. */
  typeOf(resourceId: string): string | undefined;
}

/** What a provider calls the unit of ownership it scans, for exports and people. */
export interface AccountKind {
  /** `account`, `project`, `subscription`. */
  noun: string;
  /** OCSF `cloud.account` type and type_id (AWS Account 10, GCP Project 11, Azure Subscription 13). */
  ocsf: { accountType: string; accountTypeId: number };
}

/** AWS Security Finding Format profile of a provider whose findings Security Hub accepts. */
export interface AsffProfile {
  /** The partition a resource id belongs to (`aws`, `aws-cn`…), for the product ARN. */
  partitionOf(resourceId: string, region: string): string;
  /** The ASFF resource type of an id (`AwsS3Bucket`…), `Other` when it has none. */
  resourceTypeOf(resourceId: string): string;
}

/** An isolated set of a provider's regions. */
export interface RegionPartition {
  id: string;
  title: string;
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
  /**
   * Where the provider's regions fall into isolated partitions (one credential reaches one: AWS
   * China, GovCloud), the partition of a region; a scan's regions must share one. None: one
   * partition.
   */
  readonly regionPartition?: (region: string) => RegionPartition;
  /** The provider's auth modes, one `type` each; a scan's auth mode is validated against its provider's. */
  readonly authModeSchema: z.ZodType<TAuth>;
  /**
   * Field names of auth modes (at any depth) that hold secrets. One list serves the stored auth
   * mode (`redactAuth`), the log redaction and the secret scans of the conformance suite.
   */
  readonly secretFields: readonly string[];
  readonly scanners: readonly CloudScanner<TClients>[];
  readonly cli: ProviderCli<TAuth>;
  readonly permissions: PermissionFormat<TAuth>;
  readonly resourceIds: ResourceIdScheme;
  readonly account: AccountKind;
  /** Present when the provider's findings can be exported to AWS Security Hub. */
  readonly asff?: AsffProfile;
  /** The auth mode with every secret masked, fit to be stored and shown. */
  redactAuth(auth: TAuth): RedactedAuthMode;
  connect(auth: TAuth, options: ConnectOptions): Promise<ProviderSession<TClients>>;
  /** Maps the provider's SDK errors to the code and kind a scan records (never with a secret). */
  classifyError(error: unknown): ClassifiedError;
}

export const SECRET_MASK = '********';

/**
 * An auth mode flattened for storage with every secret field masked: nested modes (an
 * organization's management credentials) appear as `parent.field`, lists comma-separated.
 * Providers with special cases (a key id shown in part) wrap it.
 */
export function redactSecrets(
  auth: { type: string } & object,
  secretFields: readonly string[],
  show: (key: string, value: unknown) => string | number | boolean | undefined = () => undefined,
): RedactedAuthMode {
  const secrets = new Set(secretFields);
  const redacted: RedactedAuthMode = { type: auth.type };
  const walk = (fields: object, prefix: string): void => {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined || (key === 'type' && prefix === '')) continue;
      const name = `${prefix}${key}`;
      const shown = secrets.has(key) ? SECRET_MASK : show(key, value);
      if (shown !== undefined) redacted[name] = shown;
      else if (Array.isArray(value)) redacted[name] = value.map(String).join(',');
      else if (value !== null && typeof value === 'object') walk(value, `${name}.`);
      else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        redacted[name] = value;
    }
  };
  walk(auth, '');
  return redacted;
}

/**
 * Paths (pino `redact`) for secret fields anywhere in the first levels of a logged object, for the
 * workers' and the CLI's logs, which may log an auth mode under any key.
 */
export function secretRedactPaths(secretFields: Iterable<string>, depth = 3): string[] {
  const paths: string[] = [];
  for (const field of new Set(secretFields)) {
    for (let level = 0; level <= depth; level += 1) paths.push(`${'*.'.repeat(level)}${field}`);
  }
  return paths;
}

/** Log paths (pino `redact`) that cover every provider's secret fields in request bodies and records. */
export function secretLogPaths(secretFields: Iterable<string>, nesting = 2): string[] {
  const paths = new Set<string>();
  for (const field of secretFields) {
    for (const root of ['auth_mode', 'body.auth_mode']) {
      let path = root;
      for (let depth = 0; depth <= nesting; depth += 1) {
        paths.add(`${path}.${field}`);
        path = `${path}.*`;
      }
    }
  }
  return [...paths];
}

/** Errors a provider maps from its SDK so the runner can record them uniformly. */
export interface ClassifiedError {
  code: string;
  message: string;
  /** Expected and not the scan's fault: region not enabled, access denied… */
  kind: 'access_denied' | 'region_disabled' | 'throttled' | 'timeout' | 'cancelled' | 'error';
}
