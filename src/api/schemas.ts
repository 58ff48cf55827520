import { z } from 'zod';
import {
  CATEGORIES,
  SCAN_STATUSES,
  UNIT_STATUSES,
  VALUE_TYPES,
  metricValueSchema,
  parseInstant,
} from '../core/index.js';

/** Response and query shapes of the API; the OpenAPI document is generated from them. */

export const issueSchema = z.object({
  path: z
    .string()
    .describe('Dotted path of the field at fault, e.g. `services.0`; empty for the whole body'),
  message: z.string(),
});

export const errorSchema = z
  .object({
    error: z.object({
      code: z
        .string()
        .describe(
          'invalid_request, unauthorized, forbidden, not_found, conflict, not_ready, internal_error…',
        ),
      message: z.string(),
      issues: z.array(issueSchema).optional(),
    }),
  })
  .meta({ id: 'Error' });

export const errorResponses = {
  400: errorSchema.describe('The request is invalid; `issues` names each field at fault'),
  401: errorSchema.describe('Missing or unknown API key'),
} as const;

const scanErrorSchema = z.object({ code: z.string(), message: z.string() });

export const scanSchema = z
  .object({
    id: z.string(),
    client_id: z.string(),
    provider: z.string(),
    services: z.array(z.string()),
    requested_regions: z
      .array(z.string())
      .nullable()
      .describe('The regions the request named; null = every region enabled for the account'),
    auth_mode: z
      .object({ type: z.string() })
      .catchall(z.union([z.string(), z.number(), z.boolean()]))
      .describe('The auth mode with every secret masked'),
    options: z.object({
      metrics_window_days: z.number().int(),
      unit_timeout_seconds: z.number().int(),
      sinks: z.array(z.string()).optional(),
      metrics_period_seconds: z.number().int().optional(),
      cost: z
        .boolean()
        .optional()
        .describe(
          'Cost Explorer and waste in dollars were requested (opt-in: Cost Explorer is paid)',
        ),
      cost_months: z.number().int().optional(),
      thresholds: z
        .object({
          idle_cpu_percent: z.number().optional(),
          idle_network_bytes_per_day: z.number().optional(),
          idle_db_connections: z.number().optional(),
          overprovisioned_cpu_p95_percent: z.number().optional(),
          overprovisioned_memory_percent: z.number().optional(),
          idle_volume_ops_per_day: z.number().optional(),
          burst_balance_low_percent: z.number().optional(),
          old_snapshot_days: z.number().optional(),
        })
        .optional()
        .describe('Overrides of the performance and cost signal thresholds'),
    }),
    status: z.enum(SCAN_STATUSES),
    account_id: z.string().nullable(),
    progress: z.object({
      units_total: z.number().int(),
      units_done: z.number().int(),
      units_failed: z.number().int(),
      events: z.number().int(),
    }),
    api_cost_usd: z
      .number()
      .optional()
      .describe(
        "What the scan's paid API calls cost, in USD (Cost Explorer USD 0.01 per request and page, CloudWatch GetMetricData USD 0.01 per 1,000 metrics)",
      ),
    error: scanErrorSchema.nullable(),
    created_at: z.string(),
    started_at: z.string().nullable(),
    finished_at: z.string().nullable(),
  })
  .meta({ id: 'Scan' });

export const scanUnitSchema = z
  .object({
    id: z.string(),
    scan_id: z.string(),
    account_id: z
      .string()
      .describe('The cloud account the unit scans (an organization has several)'),
    service: z.string(),
    region: z.string().describe('A region name, or `global` for an account-wide service'),
    status: z.enum(UNIT_STATUSES),
    attempts: z.number().int(),
    events: z.number().int(),
    error: scanErrorSchema
      .nullable()
      .describe('Why this region and service failed (access denied, region disabled…)'),
    started_at: z.string().nullable(),
    finished_at: z.string().nullable(),
  })
  .meta({ id: 'ScanUnit' });

export const scanDetailSchema = scanSchema
  .extend({ units: z.array(scanUnitSchema) })
  .meta({ id: 'ScanDetail' });

export const scanIdParamsSchema = z.object({ id: z.string().min(1).max(200) });

const envelopeField = (description: string) =>
  z.string().optional().describe(`${description} (envelope; left out when envelope=false)`);

export const apiEventSchema = z
  .object({
    client_id: z.string(),
    timestamp: z.string().describe('ISO 8601 with the Europe/Paris offset'),
    resource_id: z.string(),
    metric_type: z.string().describe('provider.category.service.metric[.detail…]'),
    metric_value: metricValueSchema,
    event_id: envelopeField('Deterministic id of the fact'),
    scan_id: envelopeField('Scan that emitted it'),
    provider: envelopeField('Provider id'),
    account_id: envelopeField('Cloud account'),
    region: envelopeField('Region, or `global`'),
    service: envelopeField('Service'),
    category: z
      .enum(CATEGORIES)
      .optional()
      .describe('Category (envelope; left out when envelope=false)'),
  })
  .meta({ id: 'Event' });

export const wireEventLineSchema = z
  .object({
    client_id: z.string(),
    timestamp: z.string(),
    resource_id: z.string(),
    metric_type: z.string(),
    metric_value: metricValueSchema,
  })
  .describe('One 2CBP event per line (the envelope too when envelope=true)');

export const limitSchema = (max: number, fallback: number) =>
  z.coerce
    .number({ error: 'must be an integer' })
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${max}`)
    .default(fallback);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const instantSchema = z
  .string()
  .regex(
    ISO_INSTANT,
    'must be an ISO 8601 date-time with an offset or Z, e.g. 2026-07-14T09:30:00+02:00',
  )
  .transform((value, ctx) => {
    const instant = parseInstant(value);
    if (instant === null) {
      ctx.addIssue({ code: 'custom', message: 'is not a valid date-time' });
      return z.NEVER;
    }
    return instant;
  });

export const booleanQuerySchema = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .transform((value) => value === 'true');

export const catalogSchema = z.object({
  providers: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      regions: z.array(z.string()),
      region_partitions: z
        .array(z.object({ id: z.string(), title: z.string(), regions: z.array(z.string()) }))
        .describe(
          'The regions grouped by isolated partition (one credential reaches one; a scan names regions of one)',
        ),
      services: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          scope: z.enum(['regional', 'global']),
          permissions: z.array(z.string()).describe('Read-only permissions the scanner needs'),
          metric_types: z.array(z.string()),
        }),
      ),
    }),
  ),
  sinks: z
    .array(
      z.object({
        name: z.string(),
        remote: z.boolean(),
        configured: z.boolean().describe('A scan may name it (remote sinks: their URL is set)'),
        setting: z.string().nullable().describe('What configures it, for a sink that needs it'),
      }),
    )
    .describe('The sinks a scan can name in options.sinks'),
  metric_types: z.array(
    z.object({
      name: z.string(),
      category: z.enum(CATEGORIES),
      provider: z.string(),
      service: z.string(),
      value_type: z.enum(VALUE_TYPES),
      unit: z.string().optional(),
      description: z.string(),
    }),
  ),
});
