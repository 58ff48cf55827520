import type { EventDraft, JsonValue } from '../../../../core/index.js';
import { accountId as accountArn, arn } from '../../arn.js';
import { COST_METRIC } from './metrics.js';
import type { CostSnapshot } from './model.js';

export interface CostScope {
  accountId: string;
}

/** Cost Explorer has no ARN for a billed service: one of ours, under the account. */
export const billedServiceId = (scope: CostScope, service: string): string =>
  arn('ce', '', scope.accountId, `service/${encodeURIComponent(service)}`);

const fact = (resourceId: string, metricType: string, value: EventDraft['metric_value']) => ({
  resource_id: resourceId,
  metric_type: metricType,
  metric_value: value,
});

/** Pure: the account's cost snapshot → events on the account and on each billed service. */
export function* extractCost(snapshot: CostSnapshot, scope: CostScope): Generator<EventDraft> {
  const account = accountArn(scope.accountId);
  if (snapshot.status === 'not_requested') {
    yield fact(account, COST_METRIC.explorerStatus, {
      status: 'not_requested',
      detail:
        'Cost Explorer is paid per request (USD 0.01): it is read only for a scan with options.cost (--cost).',
    });
    return;
  }
  if (snapshot.status === 'unavailable') {
    yield fact(account, COST_METRIC.explorerStatus, {
      status: 'unavailable',
      error_code: snapshot.errorCode,
      detail: `Cost Explorer is not enabled for this account or not permitted to the scan role: ${snapshot.message}`,
    });
    return;
  }
  const { data } = snapshot;
  const status: Record<string, JsonValue> = {
    status: 'collected',
    detail: 'Unblended cost from Cost Explorer.',
    currency: data.monthly.currency,
    months: Object.keys(data.monthly.total).sort(),
    estimated_months: data.monthly.estimated,
    management_account: snapshot.management,
    cached_requests: snapshot.cachedRequests,
    paid_requests: snapshot.paidRequests,
    forecast: data.forecast.state === 'available' ? 'collected' : data.forecast.errorCode,
    rightsizing: data.rightsizing.state === 'available' ? 'collected' : data.rightsizing.errorCode,
  };
  yield fact(account, COST_METRIC.explorerStatus, status);
  yield fact(account, COST_METRIC.monthlyCostUsd, data.monthly.total);
  yield fact(account, COST_METRIC.dailyCostUsd, data.daily.total);
  yield fact(account, COST_METRIC.monthlyCostByRegionUsd, data.monthly.byRegion);
  if (data.byLinkedAccount)
    yield fact(account, COST_METRIC.monthlyCostByLinkedAccountUsd, data.byLinkedAccount);
  if (data.forecast.state === 'available') {
    const { month, mean, lower, upper } = data.forecast.value;
    yield fact(account, COST_METRIC.forecastMonthlyCostUsd, {
      [month]: {
        mean,
        ...(lower !== undefined ? { lower } : {}),
        ...(upper !== undefined ? { upper } : {}),
      },
    });
  }
  if (data.rightsizing.state === 'available') {
    yield fact(
      account,
      COST_METRIC.rightsizingRecommendations,
      data.rightsizing.value.recommendations.map((r) => ({
        instance_id: r.instanceId,
        ...(r.accountId ? { account_id: r.accountId } : {}),
        ...(r.region ? { region: r.region } : {}),
        ...(r.currentType ? { current_type: r.currentType } : {}),
        action: r.action,
        ...(r.targetType ? { target_type: r.targetType } : {}),
        estimated_monthly_savings_usd: r.estimatedMonthlySavings,
      })),
    );
    yield fact(
      account,
      COST_METRIC.rightsizingEstimatedMonthlySavingsUsd,
      data.rightsizing.value.totalSavings,
    );
  }
  const services = new Set([
    ...Object.keys(data.monthly.byService),
    ...Object.keys(data.daily.byService),
  ]);
  for (const service of [...services].sort()) {
    const id = billedServiceId(scope, service);
    yield fact(id, COST_METRIC.serviceName, service);
    const monthly = data.monthly.byService[service];
    if (monthly) yield fact(id, COST_METRIC.serviceMonthlyCostUsd, monthly);
    const byRegion = data.monthly.byServiceRegion[service];
    if (byRegion) yield fact(id, COST_METRIC.serviceMonthlyCostByRegionUsd, byRegion);
    const daily = data.daily.byService[service];
    if (daily) yield fact(id, COST_METRIC.serviceDailyCostUsd, daily);
  }
}
