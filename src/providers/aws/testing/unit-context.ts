/** Test support for AWS scanners: real SDK clients answered by aws-sdk-client-mock, and a unit context. */
import {
  silentLogger,
  type CloudScanner,
  type EventDraft,
  type ScanOptions,
} from '../../../core/index.js';
import type { AwsClientClass, AwsClients } from '../client-factory.js';
import type { AwsUnitContext } from '../define-scanner.js';

/** AWS's documented example keys: clients are built for real, every call answered by a mock. */
export const FAKE_CREDENTIALS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

/** An AwsClients that hands out the given SDK clients, by class. */
export function fakeClients(region: string, ...clients: object[]): AwsClients {
  const byClass = new Map<unknown, object>(clients.map((c) => [c.constructor, c]));
  const get = <C>(clientClass: AwsClientClass<C>): C => {
    const client = byClass.get(clientClass);
    if (!client) throw new Error(`no ${clientClass.name} in this test`);
    return client as C;
  };
  return { region, get, inRegion: (clientClass) => get(clientClass) };
}

export function unitContext(clients: AwsClients, accountId = '123456789012'): AwsUnitContext {
  return {
    scanId: 'scan-0001',
    clientId: 'client-acme',
    accountId,
    region: clients.region,
    clients,
    options: { metrics_window_days: 14, unit_timeout_seconds: 900 },
    signal: new AbortController().signal,
    clock: { now: () => new Date('2026-11-20T10:00:00Z') },
    log: silentLogger,
  };
}

export async function drainEvents(events: AsyncIterable<EventDraft>): Promise<EventDraft[]> {
  const out: EventDraft[] = [];
  for await (const event of events) out.push(event);
  return out;
}

/** The value of one fact, or undefined when the scanner did not emit it. */
export function valueOf(events: readonly EventDraft[], resourceId: string, metricType: string) {
  const matches = events.filter(
    (e) => e.resource_id === resourceId && e.metric_type === metricType,
  );
  if (matches.length > 1)
    throw new Error(`${metricType} emitted ${matches.length} times for ${resourceId}`);
  return matches[0]?.metric_value;
}

/**
 * One unit of a scanner in `region` with real SDK clients of the given classes (answered by
 * aws-sdk-client-mock), drained to its events; `options` over the unit context's defaults (`cost`).
 */
export function scanUnit(
  scanner: CloudScanner<AwsClients>,
  region: string,
  clientClasses: readonly (new (config: {
    region: string;
    credentials: typeof FAKE_CREDENTIALS;
  }) => object)[],
  accountId?: string,
  options: Partial<ScanOptions> = {},
): Promise<EventDraft[]> {
  const clients = clientClasses.map((C) => new C({ region, credentials: FAKE_CREDENTIALS }));
  const ctx = unitContext(fakeClients(region, ...clients), accountId);
  return drainEvents(scanner.scan({ ...ctx, options: { ...ctx.options, ...options } }));
}
