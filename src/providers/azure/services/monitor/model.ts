/** One subscription's activity-log export and alerts, in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { DiagnosticSetting, ReadResult } from '../common/model.js';

export interface ActivityLogAlert {
  id: string;
  name: string;
  enabled: boolean;
  scopes: string[];
  /** `field equals value` conditions of the alert (category, operationName, resourceType…). */
  conditions: { field: string; equals: string }[];
  actionGroupCount: number;
}

export interface MonitorSnapshot {
  subscriptionId: string;
  /** Where the subscription's activity log is exported (an ARM read: not in the graph). */
  diagnosticSettings: ReadResult<DiagnosticSetting[]>;
  activityLogAlerts: ActivityLogAlert[];
}

/** Categories CIS asks the activity-log export to capture. */
export const REQUIRED_ACTIVITY_LOG_CATEGORIES = ['Administrative', 'Alert', 'Policy', 'Security'];

const condition = (alert: ActivityLogAlert, field: string) =>
  alert.conditions.find((c) => c.field.toLowerCase() === field.toLowerCase())?.equals;

/**
 * True when an enabled alert of the subscription fires on this administrative operation
 * (`Microsoft.Network/networkSecurityGroups/write`), or on every Service Health event when the
 * operation is `ServiceHealth`.
 */
export function alertCovers(
  alert: ActivityLogAlert,
  subscriptionId: string,
  operation: string,
): boolean {
  if (!alert.enabled) return false;
  const scoped = alert.scopes.some(
    (s) => s.toLowerCase() === `/subscriptions/${subscriptionId}`.toLowerCase(),
  );
  if (!scoped) return false;
  const category = condition(alert, 'category');
  if (operation === 'ServiceHealth') return category?.toLowerCase() === 'servicehealth';
  return (
    category?.toLowerCase() === 'administrative' &&
    condition(alert, 'operationName')?.toLowerCase() === operation.toLowerCase()
  );
}

/** The activity log scanner, as its checks name it. */
export const MONITOR = scannerRef<MonitorSnapshot>('azure', 'monitor');
