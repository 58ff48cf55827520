import {
  systemClock,
  type CheckDefinition,
  type CheckResult,
  type Clock,
  type EventDraft,
  type JsonValue,
  type SnapshotEvaluator,
} from '../core/index.js';
import { pickFacets } from './define.js';
import { checkMetricType, type CheckRegistry } from './registry.js';
import { selectChecks } from './selection.js';

type EvaluateInput = Parameters<SnapshotEvaluator['evaluate']>[0];

function compact(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).filter((e): e is [string, string] => e[1] !== undefined),
  );
}

/** The value of a check result event: the outcome with what a reader needs to act on it. */
export function resultValue(
  check: CheckDefinition,
  result: Pick<CheckResult, 'status' | 'reason'>,
): { [key: string]: JsonValue } {
  const compliance: Record<string, string[]> = {};
  for (const [framework, controls] of Object.entries(check.compliance)) {
    if (controls.length > 0) compliance[framework] = [...controls];
  }
  return {
    status: result.status,
    severity: check.severity,
    title: check.title,
    reason: result.reason,
    remediation: compact({ ...check.remediation }),
    compliance,
    resource_type: check.resource_type,
  };
}

/**
 * Evaluates the checks registered for a unit's service against its snapshot, after the scan's
 * filters, and turns each result into an `<provider>.security.<service>.<check id>` event. A check
 * that declares `reads` is handed only those facets of the snapshot. A check that throws yields one
 * ERROR result instead of failing the unit.
 */
export class CheckEngine implements SnapshotEvaluator {
  constructor(
    readonly registry: CheckRegistry,
    private readonly clock: Clock = systemClock,
  ) {}

  *evaluate(input: EvaluateInput): Generator<EventDraft> {
    const checks = selectChecks(
      this.registry.forService(input.provider, input.service),
      input.options,
    );
    const ctx = {
      accountId: input.accountId,
      region: input.region,
      options: input.options,
      now: this.clock.now(),
    };
    for (const check of checks) {
      let results: CheckResult[];
      try {
        const snapshot = check.reads ? pickFacets(input.snapshot, check.reads) : input.snapshot;
        results = [...check.evaluate(snapshot, ctx)];
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        results = [
          {
            resource_id: input.scopeResourceId,
            status: 'ERROR',
            reason: `the check could not evaluate the ${input.service} snapshot: ${message}`,
          },
        ];
      }
      const metricType = checkMetricType(check);
      for (const result of results) {
        yield {
          resource_id: result.resource_id,
          metric_type: metricType,
          metric_value: resultValue(check, result),
        };
      }
    }
  }
}
