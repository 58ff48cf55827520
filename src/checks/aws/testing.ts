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

/** How a collector records a read it could not make: denied, naming a call (both facet shapes). */
const DENIED_READ = {
  state: 'denied',
  action: 'test:UnreadableInput',
  call: 'UnreadableInput',
  errorCode: 'AccessDenied',
  message: 'not authorized (every input of this snapshot is unreadable)',
} as const;

/** A read's answer, in any scanner's facet shape: `Read` (available, absent) or S3/IAM's (configured, none). */
function isReadAnswer(value: Record<string, unknown>): boolean {
  const state = value.state;
  return (
    ((state === 'available' || state === 'configured') && 'value' in value) ||
    state === 'absent' ||
    state === 'none'
  );
}

/** What a collector records when a tolerated call (CloudWatch, pricing, an agent listing) fails. */
const FAILED_STATUS: Record<string, Record<string, unknown>> = {
  collected: { status: 'unavailable', errorCode: 'AccessDenied' },
  priced: { status: 'unavailable', errorCode: 'AccessDenied' },
  listed: { status: 'failed', errorCode: 'AccessDenied' },
};

/**
 * A service's snapshot as a collector would record it when no input could be read: every read
 * answer (in any scanner's facet shape) becomes a denied read, every tolerated call (CloudWatch,
 * pricing) a failed one, and every listing is empty — an unreadable listing fails its unit, so
 * nothing of it reaches a check. Generic over services: it walks the snapshot and names none.
 */
export function allUnreadable<S>(snapshot: S): S {
  const walk = (value: unknown, topLevel: boolean): unknown => {
    if (Array.isArray(value)) return topLevel ? [] : value.map((item) => walk(item, false));
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    if (isReadAnswer(record)) return { ...DENIED_READ };
    if (typeof record.status === 'string' && record.status in FAILED_STATUS)
      return { ...FAILED_STATUS[record.status] };
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, walk(v, false)]));
  };
  const root = snapshot as Record<string, unknown>;
  return Object.fromEntries(Object.entries(root).map(([k, v]) => [k, walk(v, true)])) as S;
}
