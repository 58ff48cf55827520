import {
  DEFAULT_SCAN_OPTIONS,
  type CheckContext,
  type CheckDefinition,
  type CheckResult,
  type ScanOptions,
} from '../../core/index.js';

/** Shared by the check tests: a fixed account, region and instant. */
export const ACCOUNT = '123456789012';
export const REGION = 'eu-west-3';
export const NOW = new Date('2026-07-14T10:00:00Z');

export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString();
}

export function context(
  overrides: Partial<Omit<CheckContext, 'options'>> & { options?: Partial<ScanOptions> } = {},
): CheckContext {
  return {
    accountId: ACCOUNT,
    region: REGION,
    now: NOW,
    ...overrides,
    options: { ...DEFAULT_SCAN_OPTIONS, ...overrides.options },
  };
}

export function run<S>(
  check: CheckDefinition<S>,
  snapshot: S,
  ctx: CheckContext = context(),
): CheckResult[] {
  return [...check.evaluate(snapshot, ctx)];
}

/** `resource_id → status` of a check's results, for compact assertions. */
export function statuses<S>(
  check: CheckDefinition<S>,
  snapshot: S,
  ctx?: CheckContext,
): Record<string, string> {
  return Object.fromEntries(run(check, snapshot, ctx).map((r) => [r.resource_id, r.status]));
}
