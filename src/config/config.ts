import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SINK_NAMES } from '../pipeline/sinks/names.js';
import { thresholdsSchema } from '../scanning/request.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const sinkListSchema = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : value,
  z.array(z.enum(SINK_NAMES)),
);

/** `true`/`false`/`1`/`0`/`yes`/`no` from the environment; a boolean from a file. */
const flagSchema = z.preprocess((value) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  return value;
}, z.boolean());

/** `{"ACME": ["opsteamize"], "BETA": []}`, as JSON text in the environment or an object in a file. */
const tenantSinksSchema = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
  z.record(z.string().min(1), z.array(z.enum(SINK_NAMES)), {
    error: 'must be a JSON object of client_id to sink names, e.g. {"ACME":["opsteamize"]}',
  }),
);

/** One configuration schema; environment variables, then a config file, then CLI flags override. */
export const configSchema = z
  .object({
    port: z.coerce.number().int().min(0).max(65_535).default(8080),
    host: z.string().min(1).default('127.0.0.1'),
    dataDir: z.string().min(1).default('./data'),
    databaseUrl: z.string().url('must be a URL such as postgres://user@host:5432/db').optional(),
    redisUrl: z.string().url('must be a URL such as redis://127.0.0.1:6379').optional(),
    opsteamizeUrl: z.string().url().optional(),
    opsteamizeToken: z.string().min(1).optional(),
    opsteamizeEnvelope: flagSchema.default(false),
    opsteamizeBatchEvents: z.coerce.number().int().min(1).max(100_000).default(1000),
    opsteamizeBatchBytes: z.coerce.number().int().min(1024).max(67_108_864).default(1_048_576),
    opsteamizeGzipBytes: z.coerce.number().int().min(0).default(32_768),
    opsteamizeTimeoutMs: z.coerce.number().int().min(100).max(600_000).default(30_000),
    webhookUrl: z.string().url().optional(),
    webhookToken: z.string().min(1).optional(),
    sinks: sinkListSchema.optional(),
    tenantSinks: tenantSinksSchema.optional(),
    ndjsonFile: z.string().min(1).optional(),
    apiKeys: z.string().optional(),
    secretKey: z
      .string()
      .regex(
        /^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/,
        'must be 32 bytes as 64 hex characters or base64',
      )
      .optional(),
    secretKeyFile: z.string().min(1).optional(),
    logLevel: z.enum(LOG_LEVELS).default('info'),
    workerConcurrency: z.coerce.number().int().min(1).max(256).default(4),
    thresholds: z
      .preprocess((value) => {
        if (typeof value !== 'string') return value;
        try {
          return JSON.parse(value) as unknown;
        } catch {
          return value;
        }
      }, thresholdsSchema)
      .optional(),
    regionConcurrency: z.coerce.number().int().min(1).max(256).default(32),
    jobLockSeconds: z.coerce.number().min(1).max(3600).default(30),
    /** One cloud call attempt waits this long for its answer (retries multiply it). */
    callTimeoutSeconds: z.coerce.number().min(0.1).max(3600).default(30),
    /** One cloud call attempt waits this long for its connection. */
    connectTimeoutSeconds: z.coerce.number().min(0.1).max(600).default(5),
    /**
     * The SQLite store's page cache. Event ids are hashes, so inserts touch index pages all over
     * the file: a larger cache writes a little faster and costs the process as much memory.
     */
    sqliteCacheMib: z.coerce.number().int().min(1).max(4096).default(16),
    queueName: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be letters, digits, _ and - only')
      .default('clouddiagnoze-scans'),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;

const ENV: Record<keyof Config, string[]> = {
  port: ['PORT'],
  host: ['HOST'],
  dataDir: ['CLOUDDIAGNOZE_DATA_DIR'],
  databaseUrl: ['DATABASE_URL'],
  redisUrl: ['REDIS_URL'],
  opsteamizeUrl: ['OPSTEAMIZE_URL'],
  opsteamizeToken: ['OPSTEAMIZE_TOKEN'],
  opsteamizeEnvelope: ['OPSTEAMIZE_ENVELOPE'],
  opsteamizeBatchEvents: ['OPSTEAMIZE_BATCH_EVENTS'],
  opsteamizeBatchBytes: ['OPSTEAMIZE_BATCH_BYTES'],
  opsteamizeGzipBytes: ['OPSTEAMIZE_GZIP_BYTES'],
  opsteamizeTimeoutMs: ['OPSTEAMIZE_TIMEOUT_MS'],
  webhookUrl: ['CLOUDDIAGNOZE_WEBHOOK_URL'],
  webhookToken: ['CLOUDDIAGNOZE_WEBHOOK_TOKEN'],
  sinks: ['CLOUDDIAGNOZE_SINKS'],
  tenantSinks: ['CLOUDDIAGNOZE_TENANT_SINKS'],
  ndjsonFile: ['CLOUDDIAGNOZE_NDJSON_FILE'],
  apiKeys: ['CLOUDDIAGNOZE_API_KEYS'],
  secretKey: ['CLOUDDIAGNOZE_SECRET_KEY'],
  secretKeyFile: ['CLOUDDIAGNOZE_SECRET_KEY_FILE'],
  logLevel: ['LOG_LEVEL'],
  workerConcurrency: ['CLOUDDIAGNOZE_WORKER_CONCURRENCY'],
  thresholds: ['CLOUDDIAGNOZE_THRESHOLDS'],
  regionConcurrency: ['CLOUDDIAGNOZE_REGION_CONCURRENCY'],
  jobLockSeconds: ['CLOUDDIAGNOZE_JOB_LOCK_SECONDS'],
  callTimeoutSeconds: ['CLOUDDIAGNOZE_CALL_TIMEOUT_SECONDS'],
  connectTimeoutSeconds: ['CLOUDDIAGNOZE_CONNECT_TIMEOUT_SECONDS'],
  sqliteCacheMib: ['CLOUDDIAGNOZE_SQLITE_CACHE_MIB'],
  queueName: ['CLOUDDIAGNOZE_QUEUE_NAME'],
};

const SECRET_KEYS: ReadonlySet<keyof Config> = new Set([
  'opsteamizeToken',
  'webhookToken',
  'apiKeys',
  'secretKey',
]);

export class ConfigError extends Error {}

/** Reads the effective configuration: environment, then `configFile` (JSON), then `overrides`. */
export function loadConfig(
  options: {
    env?: NodeJS.ProcessEnv;
    configFile?: string;
    overrides?: Partial<Record<keyof Config, unknown>>;
  } = {},
): Config {
  const env = options.env ?? process.env;
  const raw: Record<string, unknown> = {};
  for (const [key, names] of Object.entries(ENV)) {
    const value = names.map((n) => env[n]).find((v) => v !== undefined && v !== '');
    if (value !== undefined) raw[key] = value;
  }
  const file = options.configFile ?? env.CLOUDDIAGNOZE_CONFIG;
  if (file) Object.assign(raw, readConfigFile(file));
  for (const [key, value] of Object.entries(options.overrides ?? {}))
    if (value !== undefined) raw[key] = value;
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const source = ENV[key as keyof Config]?.[0] ?? key;
    throw new ConfigError(`invalid configuration ${source}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function readConfigFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`cannot read the config file ${file}`);
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch {
    throw new ConfigError(`the config file ${file} is not a JSON object`);
  }
}

/** The configuration with secrets masked and URL passwords hidden, for `clouddiagnoze config`. */
export function maskedConfig(config: Config): Record<string, unknown> {
  const masked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined) continue;
    if (SECRET_KEYS.has(key as keyof Config)) masked[key] = '********';
    else if (typeof value === 'string' && /^[a-z]+:\/\//.test(value)) masked[key] = maskUrl(value);
    else masked[key] = value;
  }
  return masked;
}

export function maskUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '********';
    return url.toString();
  } catch {
    return value;
  }
}
