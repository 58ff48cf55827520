import type { InventoryQuery } from '../../clients.js';
import type { AzureUnitContext } from '../../define-scanner.js';
import { guardedRead } from '../../read.js';
import { arr, base, bool, obj, str, strings } from '../rows.js';
import { mapDiagnosticSetting } from '../diagnostics.js';
import type { ActivityLogAlert, MonitorSnapshot } from './model.js';

export const ALERTS_INVENTORY: InventoryQuery = {
  kind: 'activity-log-alerts',
  kql: `Resources
| where type in~ ('microsoft.insights/activitylogalerts')
| project id, name, type, location, resourceGroup, subscriptionId, tags, properties`,
};

export const MONITOR_PERMISSIONS = [
  'Microsoft.ResourceGraph/resources/read',
  'Microsoft.Insights/ActivityLogAlerts/Read',
  'Microsoft.Insights/DiagnosticSettings/Read',
] as const;

export function mapAlert(row: Record<string, unknown>): ActivityLogAlert {
  const p = obj(row.properties);
  return {
    id: base(row).id,
    name: base(row).name,
    enabled: bool(p.enabled) ?? true,
    scopes: strings(p.scopes),
    conditions: arr(obj(p.condition).allOf)
      .map((c) => ({ field: str(c.field) ?? '', equals: str(c.equals) ?? '' }))
      .filter((c) => c.field !== ''),
    actionGroupCount: arr(obj(p.actions).actionGroups).length,
  };
}

/** Alerts from the grouped graph query; the subscription's diagnostic settings in one ARM read. */
export async function collectMonitorSnapshot(ctx: AzureUnitContext): Promise<MonitorSnapshot> {
  const [rows, diagnosticSettings] = await Promise.all([
    ctx.clients.inventory(ALERTS_INVENTORY, ctx.signal),
    guardedRead(ctx, 'Microsoft.Insights/DiagnosticSettings/Read', async () =>
      (await ctx.clients.arm.diagnosticSettings(`/subscriptions/${ctx.accountId}`, ctx.signal)).map(
        mapDiagnosticSetting,
      ),
    ),
  ]);
  return {
    subscriptionId: ctx.accountId,
    diagnosticSettings,
    activityLogAlerts: rows.map(mapAlert),
  };
}
