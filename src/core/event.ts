import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isParisIso } from './time.js';

export const CATEGORIES = ['metadata', 'performance', 'cost', 'security', 'architecture'] as const;
export type Category = (typeof CATEGORIES)[number];

const SNAKE = '[a-z0-9]+(?:_[a-z0-9]+)*';
const METRIC_TYPE = new RegExp(`^${SNAKE}\\.(${CATEGORIES.join('|')})\\.${SNAKE}(?:\\.${SNAKE})+$`);

export const metricTypeSchema = z
  .string()
  .regex(
    METRIC_TYPE,
    'metric_type must be provider.category.service.metric[.detail…] in lower snake case, with category one of ' +
      CATEGORIES.join(', '),
  );

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type MetricValue = string | number | boolean | JsonValue[] | { [key: string]: JsonValue };

const jsonValue: z.ZodType<JsonValue> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number().finite(),
      z.boolean(),
      z.null(),
      z.array(jsonValue),
      z.record(z.string(), jsonValue),
    ]),
  )
  .meta({ id: 'JsonValue' }); // named: the OpenAPI document refers to it (it is recursive)

export const metricValueSchema: z.ZodType<MetricValue> = z.union([
  z.string(),
  z.number().finite(),
  z.boolean(),
  z.array(jsonValue),
  z.record(z.string(), jsonValue),
]);

/** The five wire fields of the 2CBP protocol, exactly as the aggregator expects them. */
export const wireEventSchema = z
  .object({
    client_id: z.string().min(1, 'client_id must not be empty'),
    timestamp: z
      .string()
      .refine(isParisIso, 'timestamp must be ISO 8601 with the Europe/Paris offset of its instant'),
    resource_id: z.string().min(1, 'resource_id must not be empty'),
    metric_type: metricTypeSchema,
    metric_value: metricValueSchema,
  })
  .strict();

export type WireEvent = z.infer<typeof wireEventSchema>;

/** Optional envelope, stored with every event, sent to sinks only when asked. */
export interface EventEnvelope {
  event_id: string;
  scan_id: string;
  provider: string;
  account_id: string;
  region: string;
  service: string;
  category: Category;
}

export type CbpEvent = WireEvent & EventEnvelope;

/**
 * An event as the API, the reports, the outbox and the sinks write it: the five 2CBP fields first
 * (a sink that sends the bare wire format cuts the JSON before `,"event_id":`), then the envelope.
 */
export function withEnvelope(event: CbpEvent): CbpEvent {
  return {
    client_id: event.client_id,
    timestamp: event.timestamp,
    resource_id: event.resource_id,
    metric_type: event.metric_type,
    metric_value: event.metric_value,
    event_id: event.event_id,
    scan_id: event.scan_id,
    provider: event.provider,
    account_id: event.account_id,
    region: event.region,
    service: event.service,
    category: event.category,
  };
}

/** What a scanner yields: the fact alone; the runner adds tenant, time and envelope. */
export interface EventDraft {
  resource_id: string;
  metric_type: string;
  metric_value: MetricValue;
}

/** Deterministic: a re-run unit produces the same ids, so the store keeps each fact once. */
export function eventId(scanId: string, resourceId: string, metricType: string): string {
  return createHash('sha256')
    .update(`${scanId}\u0000${resourceId}\u0000${metricType}`)
    .digest('hex')
    .slice(0, 32);
}

export function categoryOf(metricType: string): Category {
  const category = metricType.split('.')[1];
  if (!(CATEGORIES as readonly string[]).includes(category ?? '')) {
    throw new TypeError(`metric type ${metricType} has no valid category`);
  }
  return category as Category;
}

export function toWire(event: CbpEvent): WireEvent {
  return {
    client_id: event.client_id,
    timestamp: event.timestamp,
    resource_id: event.resource_id,
    metric_type: event.metric_type,
    metric_value: event.metric_value,
  };
}
