/** Types shared by the Azure snapshots (checks may import this file). */

export type Tags = Record<string, string>;

/** A detail read as checks see it: its value, or the call and ARM code that kept it from us. */
export type ReadResult<T> =
  { state: 'available'; value: T } | { state: 'denied' | 'error'; call: string; errorCode: string };

/** A diagnostic setting of a resource or of the subscription (its activity log). */
export interface DiagnosticSetting {
  id: string;
  name: string;
  storageAccountId?: string;
  workspaceId?: string;
  eventHubAuthorizationRuleId?: string;
  /** Log categories enabled (`AuditEvent`, `Administrative`, `Security`…). */
  enabledCategories: string[];
  /** Category groups enabled (`audit`, `allLogs`). */
  enabledCategoryGroups: string[];
}
