import { silentLogger, type EventDraft, type ScanOptions } from '../../../core/index.js';
import type { AzureUnitContext } from '../define-scanner.js';
import type { AzureSession } from '../session.js';

export const NOW = new Date('2026-11-20T10:00:00Z');

/** A unit of one subscription on a (fake) session. */
export async function unitContext(
  session: AzureSession,
  subscriptionId: string,
  options: Partial<ScanOptions> = {},
): Promise<AzureUnitContext> {
  const sub = await session.forAccount(subscriptionId);
  return {
    scanId: 'scan-0001',
    clientId: 'client-acme',
    accountId: subscriptionId,
    region: 'global',
    clients: sub.clientsFor('global'),
    options: { metrics_window_days: 14, unit_timeout_seconds: 900, ...options },
    signal: new AbortController().signal,
    clock: { now: () => NOW },
    log: silentLogger,
  };
}

export async function drainEvents(events: AsyncIterable<EventDraft>): Promise<EventDraft[]> {
  const out: EventDraft[] = [];
  for await (const event of events) out.push(event);
  return out;
}

export function valueOf(events: readonly EventDraft[], resourceId: string, metricType: string) {
  const matches = events.filter(
    (e) => e.resource_id === resourceId && e.metric_type === metricType,
  );
  if (matches.length > 1)
    throw new Error(`${metricType} emitted ${matches.length} times for ${resourceId}`);
  return matches[0]?.metric_value;
}
