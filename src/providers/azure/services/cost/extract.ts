import type { EventDraft } from '../../../../core/index.js';
import { COST_METRIC as C } from './metrics.js';
import type { CostSnapshot } from './model.js';

const cents = (n: number) => Math.round(n * 100) / 100;

export function* extractCostEvents(snapshot: CostSnapshot): Generator<EventDraft> {
  const resource_id = `/subscriptions/${snapshot.subscriptionId}`;
  const monthly: Record<string, number> = {};
  const byService: Record<string, Record<string, number>> = {};
  const byGroup: Record<string, Record<string, number>> = {};
  for (const row of snapshot.rows) {
    monthly[row.month] = (monthly[row.month] ?? 0) + row.usd;
    const s = (byService[row.month] ??= {});
    s[row.service] = (s[row.service] ?? 0) + row.usd;
    const g = (byGroup[row.month] ??= {});
    g[row.resourceGroup] = (g[row.resourceGroup] ?? 0) + row.usd;
  }
  const round = (o: Record<string, Record<string, number>>) =>
    Object.fromEntries(
      Object.entries(o).map(([m, v]) => [
        m,
        Object.fromEntries(Object.entries(v).map(([k, n]) => [k, cents(n)])),
      ]),
    );
  yield {
    resource_id,
    metric_type: C.monthly,
    metric_value: Object.fromEntries(Object.entries(monthly).map(([m, n]) => [m, cents(n)])),
  };
  yield { resource_id, metric_type: C.byService, metric_value: round(byService) };
  yield { resource_id, metric_type: C.byResourceGroup, metric_value: round(byGroup) };
  if (snapshot.unconvertedCurrency)
    yield { resource_id, metric_type: C.currency, metric_value: snapshot.unconvertedCurrency };
}
