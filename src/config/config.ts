import { readFileSync } from 'node:fs';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

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
    apiKeys: z.string().optional(),
    secretKey: z
      .string()
      .regex(
        /^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/,
        'must be 32 bytes as 64 hex characters or base64',
      )
      .optional(),
    logLevel: z.enum(LOG_LEVELS).default('info'),
    workerConcurrency: z.coerce.number().int().min(1).max(256).default(4),
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
  apiKeys: ['CLOUDDIAGNOZE_API_KEYS'],
  secretKey: ['CLOUDDIAGNOZE_SECRET_KEY'],
  logLevel: ['LOG_LEVEL'],
  workerConcurrency: ['CLOUDDIAGNOZE_WORKER_CONCURRENCY'],
};

const SECRET_KEYS: ReadonlySet<keyof Config> = new Set(['opsteamizeToken', 'apiKeys', 'secretKey']);

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
