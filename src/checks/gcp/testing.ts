import {
  DEFAULT_SCAN_OPTIONS,
  type CheckContext,
  type CheckDefinition,
  type CheckResult,
} from '../../core/index.js';

/** Shared by the GCP check tests: a fixed project and instant. */
export const PROJECT = 'acme-prod';
export const NOW = new Date('2026-11-20T10:00:00Z');
export const PROJECT_ID = `//cloudresourcemanager.googleapis.com/projects/${PROJECT}`;

export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString();
}

export const context = (): CheckContext => ({
  accountId: PROJECT,
  region: 'global',
  now: NOW,
  options: DEFAULT_SCAN_OPTIONS,
});

export function run<S>(check: CheckDefinition<S>, snapshot: S): CheckResult[] {
  return [...check.evaluate(snapshot, context())];
}

export function statuses<S>(check: CheckDefinition<S>, snapshot: S): Record<string, string> {
  return Object.fromEntries(run(check, snapshot).map((r) => [r.resource_id, r.status]));
}

export const denied = (call: string) =>
  ({ state: 'denied', call, errorCode: 'PERMISSION_DENIED', message: `${call}: denied` }) as const;
