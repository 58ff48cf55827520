import type { EventDraft } from '../../../../core/index.js';
import { projectId } from '../../ids.js';
import { BILLING_METRIC as M } from './metrics.js';
import type { BillingSnapshot } from './model.js';

const usd = (amount: number) => Math.round(amount * 100) / 100;

/** Pure: the project's slice of the billing export → its monthly cost, by service and in all. */
export function* extractBilling(snapshot: BillingSnapshot): Generator<EventDraft> {
  const resource_id = projectId(snapshot.project);
  const fact = (metric_type: string, metric_value: EventDraft['metric_value']): EventDraft => ({
    resource_id,
    metric_type,
    metric_value,
  });
  switch (snapshot.status) {
    case 'not_requested':
      yield fact(M.exportStatus, {
        status: 'not_requested',
        detail: 'options.cost is off: the billing export query is billed by bytes scanned',
      });
      return;
    case 'not_configured':
      yield fact(M.exportStatus, {
        status: 'not_configured',
        detail: 'no billing_export_table: name the Cloud Billing BigQuery export to read costs',
      });
      return;
    case 'unavailable':
      yield fact(M.exportStatus, {
        status: 'unavailable',
        table: snapshot.table,
        error_code: snapshot.errorCode,
        detail: `${snapshot.call}: ${snapshot.message}`,
      });
      return;
    case 'over_cap':
      yield fact(M.exportStatus, {
        status: 'over_cap',
        table: snapshot.table,
        estimated_bytes: snapshot.estimatedBytes,
        cap_bytes: snapshot.capBytes,
        detail: 'the dry run estimated more bytes than billing_max_bytes_billed: not queried',
      });
      return;
    case 'collected': {
      yield fact(M.exportStatus, {
        status: 'collected',
        table: snapshot.table,
        months: snapshot.months,
        estimated_bytes: snapshot.estimatedBytes,
        billed_bytes: snapshot.billedBytes,
        cached: snapshot.cached,
        detail: snapshot.cached
          ? 'from the tenant’s cache (read within the last day)'
          : 'queried this scan',
      });
      const totals: Record<string, number> = {};
      const byService: Record<string, Record<string, number>> = {};
      for (const month of snapshot.months) {
        const services = snapshot.byService[month] ?? {};
        totals[month] = usd(Object.values(services).reduce((a, b) => a + b, 0));
        byService[month] = Object.fromEntries(
          Object.entries(services)
            .map(([name, amount]) => [name, usd(amount)] as const)
            .sort(([a], [b]) => a.localeCompare(b)),
        );
      }
      yield fact(M.monthlyCostUsd, totals);
      yield fact(M.monthlyCostByServiceUsd, byService);
      yield fact(
        M.monthlyCostByProjectUsd,
        Object.fromEntries(Object.entries(totals).map(([m, t]) => [m, { [snapshot.project]: t }])),
      );
    }
  }
}
