import { z } from 'zod';
import { DEFAULT_SCAN_OPTIONS, type ScanOptions, type Thresholds } from '../core/index.js';
import { SINK_NAMES, SINK_SETTINGS, sinkConfigured } from '../pipeline/sinks/names.js';
import { checkFilterIssues, checkOptionsShape } from './check-filters.js';
import type { ScannerRegistry } from './registry.js';

export const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

export const clientIdSchema = z
  .string()
  .regex(
    CLIENT_ID,
    'must be 1–128 characters: letters, digits and _.:- (starting with a letter or digit)',
  );

/** A scan's own sinks: known names, each once; `store` always receives the events. */
export const scanSinksSchema = z
  .array(
    z.enum(SINK_NAMES, {
      error: (issue) => `unknown sink ${String(issue.input)}; known: ${SINK_NAMES.join(', ')}`,
    }),
  )
  .superRefine((names, ctx) => {
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i)
        ctx.addIssue({ code: 'custom', path: [i], message: `${name} is listed twice` });
    });
  })
  .describe(
    'Sinks for this scan, instead of the tenant’s or the default ones; [] = the store only',
  );

const percent = z.number().min(0).max(100);
const nonNegative = z.number().min(0);

/** Overrides of the derived-signal thresholds (defaults: DEFAULT_THRESHOLDS). */
export const thresholdsSchema = z
  .object({
    idle_cpu_percent: percent.optional(),
    idle_network_bytes_per_day: nonNegative.optional(),
    idle_db_connections: nonNegative.optional(),
    overprovisioned_cpu_p95_percent: percent.optional(),
    overprovisioned_memory_percent: percent.optional(),
    idle_volume_ops_per_day: nonNegative.optional(),
    burst_balance_low_percent: percent.optional(),
    old_snapshot_days: z.number().int().min(1).optional(),
  })
  .strict() satisfies z.ZodType<Partial<Thresholds>>;

export const scanOptionsSchema = z
  .object({
    metrics_window_days: z.number().int().min(1).max(455).optional(),
    unit_timeout_seconds: z.number().int().min(10).max(86_400).optional(),
    sinks: scanSinksSchema.optional(),
    metrics_period_seconds: z
      .number()
      .int()
      .min(3600)
      .multipleOf(3600, 'must be a whole number of hours (a multiple of 3600)')
      .optional()
      .describe('CloudWatch period; unset = one period spanning the whole metrics window'),
    cost: z
      .boolean()
      .optional()
      .describe(
        'Collect Cost Explorer data (paid: USD 0.01 per request and page, cached a day) and estimate waste in dollars',
      ),
    cost_months: z.number().int().min(1).max(13).optional(),
    thresholds: thresholdsSchema.optional(),
    ...checkOptionsShape,
  })
  .strict()
  .refine(
    (o) =>
      o.metrics_period_seconds === undefined ||
      o.metrics_period_seconds <=
        (o.metrics_window_days ?? DEFAULT_SCAN_OPTIONS.metrics_window_days) * 86_400,
    { path: ['metrics_period_seconds'], message: 'must not exceed the metrics window' },
  );

/** A scan request after validation: auth mode still in clear (it is sealed before it is stored). */
export interface ScanRequest {
  provider: string;
  services: string[];
  auth_mode: { type: string } & Record<string, unknown>;
  client_id: string;
  regions: string[] | null;
  options: ScanOptions;
}

export interface Issue {
  path: string;
  message: string;
}

export class ScanRequestError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; '));
  }
}

/** One issue per problem, each at its own field path (an unknown key at the key's own path). */
function toIssues(error: z.ZodError, prefix: (string | number)[] = []): Issue[] {
  return error.issues.flatMap((issue) => {
    const at = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...at, key].join('.'), message: 'unknown field' }));
    }
    return [{ path: at.join('.'), message: issue.message }];
  });
}

const baseSchema = z
  .object({
    provider: z.string().min(1),
    services: z.array(z.string().min(1)).min(1, 'name at least one service'),
    auth_mode: z.object({ type: z.string().min(1) }).passthrough(),
    client_id: clientIdSchema,
    regions: z
      .array(z.string().min(1))
      .min(1, 'name at least one region, or leave regions out')
      .optional(),
    options: scanOptionsSchema.optional(),
  })
  .strict();

/** Validates a scan request against the registry (providers, services, regions, auth modes); never calls a cloud. */
export function parseScanRequest(
  registry: ScannerRegistry,
  input: unknown,
  context: { remoteSinks?: readonly string[] } = {},
): ScanRequest {
  const base = baseSchema.safeParse(input);
  if (!base.success) throw new ScanRequestError(toIssues(base.error));
  const body = base.data;
  const issues: Issue[] = [];
  const provider = registry.provider(body.provider);
  if (!provider) {
    const known = registry.providers().map((p) => p.id);
    throw new ScanRequestError([
      {
        path: 'provider',
        message: `unknown provider ${body.provider}; known: ${known.join(', ')}`,
      },
    ]);
  }
  const services = [...new Set(body.services)];
  const supported = registry.services(provider.id);
  services.forEach((service, i) => {
    if (!supported.includes(service)) {
      issues.push({
        path: `services.${i}`,
        message: `service ${service} is not supported for ${provider.id}; supported: ${supported.join(', ')}`,
      });
    }
  });
  const regions = body.regions ? [...new Set(body.regions)] : null;
  regions?.forEach((region, i) => {
    if (!provider.knownRegions.includes(region)) {
      issues.push({ path: `regions.${i}`, message: `unknown ${provider.id} region ${region}` });
    }
  });
  const partitionOf = provider.regionPartition;
  if (regions && partitionOf) {
    const partitions = new Map<string, string[]>();
    for (const region of regions.filter((r) => provider.knownRegions.includes(r))) {
      const { id } = partitionOf(region);
      partitions.set(id, [...(partitions.get(id) ?? []), region]);
    }
    if (partitions.size > 1) {
      issues.push({
        path: 'regions',
        message: `regions must belong to one partition (a credential reaches one): ${[...partitions]
          .map(([id, list]) => `${list.join(', ')} in ${id}`)
          .join('; ')}`,
      });
    }
  }
  const remoteSinks = context.remoteSinks;
  body.options?.sinks?.forEach((name, i) => {
    if (!sinkConfigured(name, remoteSinks)) {
      issues.push({
        path: `options.sinks.${i}`,
        message: `sink ${name} is not configured (set ${SINK_SETTINGS[name]})`,
      });
    }
  });
  issues.push(...checkFilterIssues(body.options, { provider: provider.id, services }));
  const auth = provider.authModeSchema.safeParse(body.auth_mode);
  if (!auth.success) issues.push(...toIssues(auth.error, ['auth_mode']));
  if (issues.length > 0 || !auth.success) throw new ScanRequestError(issues);
  return {
    provider: provider.id,
    services,
    auth_mode: auth.data as ScanRequest['auth_mode'],
    client_id: body.client_id,
    regions,
    options: { ...DEFAULT_SCAN_OPTIONS, ...body.options },
  };
}
