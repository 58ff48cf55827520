import type { GcpUnitContext } from '../../define-scanner.js';
import { guardedRead } from '../../read.js';
import type { AlertPolicy, LoggingSnapshot, LogMetric, LogSink } from './model.js';

export const LOGGING_PERMISSIONS = [
  'logging.sinks.list',
  'logging.logMetrics.list',
  'monitoring.alertPolicies.list',
] as const;

interface RestAlertPolicy {
  name?: string;
  displayName?: string;
  enabled?: boolean;
  conditions?: {
    conditionThreshold?: { filter?: string };
    conditionAbsent?: { filter?: string };
  }[];
}

const PAGE = 200;

async function all<T>(
  ctx: GcpUnitContext,
  call: Parameters<GcpUnitContext['clients']['pages']>[0],
  key: string,
): Promise<T[]> {
  const out: T[] = [];
  for await (const page of ctx.clients.pages<Record<string, unknown> & { nextPageToken?: string }>(
    call,
    ctx.signal,
  ))
    out.push(...((page[key] as T[] | undefined) ?? []));
  return out;
}

/**
 * The project's log sinks, log-based metrics and alert policies: three paginated listings. Sinks
 * are the unit's primary read; metrics and alert policies are recorded as unread when denied.
 */
export async function collectLoggingSnapshot(ctx: GcpUnitContext): Promise<LoggingSnapshot> {
  const project = ctx.clients.project;
  const sinks = (
    await all<{ name?: string; destination?: string; filter?: string; disabled?: boolean }>(
      ctx,
      {
        api: 'logging',
        operation: 'projects.sinks.list',
        path: `v2/projects/${project}/sinks`,
        query: { pageSize: PAGE },
      },
      'sinks',
    )
  )
    .filter((s) => s.name)
    .map((s): LogSink => ({
      id: `//logging.googleapis.com/projects/${project}/sinks/${s.name as string}`,
      name: s.name as string,
      destination: s.destination ?? '',
      filter: s.filter?.trim() ?? '',
      disabled: s.disabled ?? false,
    }));
  const metrics = await guardedRead(ctx, 'logging.projects.metrics.list', async () =>
    (
      await all<{ name?: string; filter?: string }>(
        ctx,
        {
          api: 'logging',
          operation: 'projects.metrics.list',
          path: `v2/projects/${project}/metrics`,
          query: { pageSize: PAGE },
        },
        'metrics',
      )
    )
      .filter((m) => m.name)
      .map((m): LogMetric => ({ name: m.name as string, filter: m.filter ?? '' })),
  );
  const alertPolicies = await guardedRead(ctx, 'monitoring.projects.alertPolicies.list', async () =>
    (
      await all<RestAlertPolicy>(
        ctx,
        {
          api: 'monitoring',
          operation: 'projects.alertPolicies.list',
          path: `v3/projects/${project}/alertPolicies`,
          query: { pageSize: PAGE },
        },
        'alertPolicies',
      )
    ).map((p): AlertPolicy => ({
      name: p.name ?? '',
      displayName: p.displayName ?? '',
      enabled: p.enabled ?? true,
      filters: (p.conditions ?? [])
        .map((c) => c.conditionThreshold?.filter ?? c.conditionAbsent?.filter)
        .filter((f): f is string => Boolean(f)),
    })),
  );
  return { project, sinks, metrics, alertPolicies };
}
