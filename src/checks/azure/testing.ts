import {
  DEFAULT_SCAN_OPTIONS,
  type CheckContext,
  type CheckDefinition,
  type CheckResult,
} from '../../core/index.js';

export const SUBSCRIPTION = '291bba3f-e0a5-47bc-a099-3bdcb2a50a05';
export const SCOPE = `/subscriptions/${SUBSCRIPTION}`;
export const NOW = new Date('2026-11-20T10:00:00Z');

export function context(): CheckContext {
  return { accountId: SUBSCRIPTION, region: 'global', now: NOW, options: DEFAULT_SCAN_OPTIONS };
}

export function run<S>(check: CheckDefinition<S>, snapshot: S): CheckResult[] {
  return [...check.evaluate(snapshot, context())];
}

/** `resource_id → status`, for compact assertions. */
export function statuses<S>(check: CheckDefinition<S>, snapshot: S): Record<string, string> {
  return Object.fromEntries(run(check, snapshot).map((r) => [r.resource_id, r.status]));
}

export const denied = (call: string) =>
  ({ state: 'denied', call, errorCode: 'AuthorizationFailed' }) as const;
