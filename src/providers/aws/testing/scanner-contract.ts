/**
 * The contract every AWS scanner's tests check the same way: it emits only the metric types it
 * declares (with their declared value types) and all of them, it declares exactly the IAM actions
 * it calls, and a denied, opted-out or missing listing fails the unit. The setup (which reads fail,
 * how many scans) stays in each test; these are the shared assertions.
 */
import { expect } from 'vitest';
import {
  MetricCatalogue,
  type CloudScanner,
  type EventDraft,
  type MetricDefinition,
} from '../../../core/index.js';
import { classifyAwsError } from '../errors.js';
import { calledActions } from './mock-calls.js';

/** Every event carries a metric type the scanner declares, with that type's value type. */
export function expectOnlyDeclaredMetricTypes(
  scanner: Pick<CloudScanner, 'metrics'>,
  events: readonly EventDraft[],
): void {
  const catalogue = new MetricCatalogue(scanner.metrics);
  const problems = new Set<string>();
  for (const event of events) {
    const problem = catalogue.problemWith(event.metric_type, event.metric_value);
    if (problem !== null) problems.add(problem);
  }
  expect([...problems], 'events whose metric type is undeclared or of another value type').toEqual(
    [],
  );
}

/**
 * Every metric type in `metrics` was emitted, but for `unemitted` (the ones the fixtures cannot
 * produce), which must then be exactly the ones missing, in declaration order.
 */
export function expectAllMetricsEmitted(
  metrics: readonly MetricDefinition[],
  events: readonly EventDraft[],
  unemitted: readonly string[] = [],
): void {
  const emitted = new Set(events.map((e) => e.metric_type));
  expect(
    metrics.map((m) => m.name).filter((n) => !emitted.has(n)),
    'declared metric types no event carried',
  ).toEqual([...unemitted]);
}

/**
 * Both halves of the metric contract: only the scanner's declared metric types, with their value
 * types, and every one of the service's `metrics` but for `unemitted`.
 */
export function expectOnlyDeclaredMetrics(
  scanner: Pick<CloudScanner, 'metrics'>,
  metrics: readonly MetricDefinition[],
  events: readonly EventDraft[],
  unemitted: readonly string[] = [],
): void {
  expectOnlyDeclaredMetricTypes(scanner, events);
  expectAllMetricsEmitted(metrics, events, unemitted);
}

/** A client mock's recorded calls (an aws-sdk-client-mock stub). */
interface RecordedCalls {
  calls(): readonly { args: readonly unknown[] }[];
}

/**
 * The scanner has the given scope (null: the test does not pin it) and declares exactly the IAM
 * actions the mocks saw, each mock's calls named with its service prefix.
 */
export function expectDeclaredPermissions(
  scanner: Pick<CloudScanner, 'scope' | 'permissions'>,
  scope: CloudScanner['scope'] | null,
  calls: readonly (readonly [servicePrefix: string, mock: RecordedCalls])[],
): void {
  if (scope !== null) expect(scanner.scope, 'scanner scope').toBe(scope);
  expect(
    [...scanner.permissions].sort(),
    'declared permissions against the IAM actions called',
  ).toEqual(calls.flatMap(([prefix, mock]) => calledActions(prefix, mock.calls())).sort());
}

/** What a JSON API answers where the service is not offered: an HTML page, unparsable. */
export function htmlInsteadOfJson(): Error {
  return Object.assign(new SyntaxError(`Unexpected token '<', "<!DOCTYPE "... is not valid JSON`), {
    $metadata: { httpStatusCode: 404 },
  });
}

/**
 * The unit fails when its listing is denied (with the SDK's error), where the region is not
 * opted in (classified region_disabled) and where the service is not offered (NotImplemented).
 * `rejectListing` makes the listing call reject with the given error from then on.
 */
export async function expectListingFailuresFailTheUnit(
  scan: () => Promise<unknown>,
  rejectListing: (error: Error) => void,
  errors: { denied: Error; optIn: Error; notOffered?: Error },
): Promise<void> {
  rejectListing(errors.denied);
  await expect(scan()).rejects.toMatchObject({ name: errors.denied.name });

  rejectListing(errors.optIn);
  expect(classifyAwsError(await scan().catch((e: unknown) => e)).kind).toBe('region_disabled');

  rejectListing(errors.notOffered ?? htmlInsteadOfJson());
  expect(classifyAwsError(await scan().catch((e: unknown) => e)).code).toBe('NotImplemented');
}
