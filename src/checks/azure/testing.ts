import {
  DEFAULT_SCAN_OPTIONS,
  type CheckContext,
  type CheckDefinition,
  type CheckResult,
} from '../../core/index.js';
import { pickFacets } from '../define.js';

export const SUBSCRIPTION = '291bba3f-e0a5-47bc-a099-3bdcb2a50a05';
export const SCOPE = `/subscriptions/${SUBSCRIPTION}`;
export const NOW = new Date('2026-11-20T10:00:00Z');

export function context(): CheckContext {
  return { accountId: SUBSCRIPTION, region: 'global', now: NOW, options: DEFAULT_SCAN_OPTIONS };
}

/**
 * The check's results on the snapshot as the engine hands it over: only the facets the check
 * declared it reads, so a read it did not declare finds nothing here too.
 */
export function run<S>(check: CheckDefinition<S>, snapshot: S): CheckResult[] {
  const seen = check.reads ? pickFacets(snapshot, check.reads) : snapshot;
  return [...check.evaluate(seen, context())];
}

/** `resource_id → status`, for compact assertions. */
export function statuses<S>(check: CheckDefinition<S>, snapshot: S): Record<string, string> {
  return Object.fromEntries(run(check, snapshot).map((r) => [r.resource_id, r.status]));
}

export const denied = (call: string) =>
  ({ state: 'denied', call, errorCode: 'AuthorizationFailed' }) as const;
