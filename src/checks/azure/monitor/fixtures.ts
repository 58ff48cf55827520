import type {
  ActivityLogAlert,
  MonitorSnapshot,
} from '../../../providers/azure/services/monitor/model.js';
import { SCOPE, SUBSCRIPTION } from '../testing.js';

export function alert(
  name: string,
  operation: string,
  overrides: Partial<ActivityLogAlert> = {},
): ActivityLogAlert {
  return {
    id: `${SCOPE}/resourceGroups/rg-mon/providers/Microsoft.Insights/activityLogAlerts/${name}`,
    name,
    enabled: true,
    scopes: [SCOPE],
    conditions:
      operation === 'ServiceHealth'
        ? [{ field: 'category', equals: 'ServiceHealth' }]
        : [
            { field: 'category', equals: 'Administrative' },
            { field: 'operationName', equals: operation },
          ],
    actionGroupCount: 1,
    ...overrides,
  };
}

export const snapshot = (overrides: Partial<MonitorSnapshot> = {}): MonitorSnapshot => ({
  subscriptionId: SUBSCRIPTION,
  diagnosticSettings: { state: 'available', value: [] },
  activityLogAlerts: [],
  ...overrides,
});
