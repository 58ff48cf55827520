import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { readError } from '../../read.js';
import { LAMBDA_METRIC as L } from './metrics.js';
import type { LambdaFunction, LambdaRegionSnapshot } from './model.js';
import { errorRatePercent, isIdleFunction } from './signals.js';

type Value = EventDraft['metric_value'];

function* functionFacts(fn: LambdaFunction): Generator<[string, Value]> {
  yield [L.functionName, fn.name];
  if (fn.runtime) yield [L.runtime, fn.runtime];
  if (fn.runtimeDeprecationDate) yield [L.runtimeDeprecationDate, fn.runtimeDeprecationDate];
  yield [L.packageType, fn.packageType];
  yield [L.memorySizeMb, fn.memoryMb];
  yield [L.timeoutSeconds, fn.timeoutSeconds];
  yield [L.architectures, fn.architectures];
  yield [L.roleArn, fn.role];
  yield [L.inVpc, fn.vpc !== undefined];
  if (fn.vpc) {
    yield [L.vpcId, fn.vpc.vpcId];
    yield [L.subnetIds, fn.vpc.subnetIds];
  }
  if (fn.lastModified) yield [L.lastModified, fn.lastModified];
  yield [L.codeSizeBytes, fn.codeSizeBytes];
  yield [L.environmentVariableCount, fn.environmentVariableCount];
  yield [L.layerCount, fn.layerCount];
  if (fn.tracingMode) yield [L.tracingMode, fn.tracingMode];
  if (fn.kmsKeyArn) yield [L.kmsKeyArn, fn.kmsKeyArn];

  if (fn.details.state === 'available') {
    yield [L.tags, fn.details.value.tags];
    if (fn.details.value.reservedConcurrency !== undefined)
      yield [L.reservedConcurrency, fn.details.value.reservedConcurrency];
  } else if (fn.details.state !== 'absent') {
    yield [L.detailsError, readError(fn.details) ?? ''];
  }

  if (fn.policy.state === 'available') {
    yield [L.policyPublic, fn.policy.value.publicStatements.length > 0];
    yield [L.policyPublicStatements, fn.policy.value.publicStatements];
  } else if (fn.policy.state === 'absent') {
    yield [L.policyPublic, false];
  } else {
    yield [L.policyError, readError(fn.policy) ?? ''];
  }

  if (fn.urls.state === 'available') {
    yield [L.functionUrlCount, fn.urls.value.length];
    yield [L.functionUrlAuthNone, fn.urls.value.some((u) => u.authType === 'NONE')];
  } else if (fn.urls.state !== 'absent') {
    yield [L.functionUrlError, readError(fn.urls) ?? ''];
  }
}

/** Pure: the region's functions and concurrency → events (functions on their ARN). */
export function* extractLambdaEvents(
  snapshot: LambdaRegionSnapshot,
  ctx: { accountId: string; region: string },
): Generator<EventDraft> {
  const { performance } = snapshot;
  for (const fn of snapshot.functions) {
    const fact = (metric_type: string, metric_value: Value): EventDraft => ({
      resource_id: fn.arn,
      metric_type,
      metric_value,
    });
    for (const [metric, value] of functionFacts(fn)) yield fact(metric, value);

    if (performance.status === 'unavailable') {
      yield fact(L.performanceDataUnavailable, {
        reason: 'cloudwatch_error',
        error_code: performance.errorCode,
      });
      continue;
    }
    const stats = performance.functions[fn.name] ?? {};
    if (stats.invocations !== undefined) yield fact(L.invocationsSum, stats.invocations);
    if (stats.errors !== undefined) yield fact(L.errorsSum, stats.errors);
    if (stats.throttles !== undefined) yield fact(L.throttlesSum, stats.throttles);
    const rate = errorRatePercent(stats.errors, stats.invocations);
    if (rate !== undefined) yield fact(L.errorRatePercent, rate);
    if (stats.durationAverageMs !== undefined)
      yield fact(L.durationAverageMs, stats.durationAverageMs);
    if (stats.durationMaximumMs !== undefined)
      yield fact(L.durationMaximumMs, stats.durationMaximumMs);
    if (stats.concurrentExecutionsMaximum !== undefined)
      yield fact(L.concurrentExecutionsMaximum, stats.concurrentExecutionsMaximum);
    const idle = isIdleFunction(fn, performance);
    if (idle !== undefined) yield fact(L.idleFunction, idle);
  }

  const region = regionScopeId('lambda', ctx.region, ctx.accountId);
  if (snapshot.account.state === 'available') {
    const account = snapshot.account.value;
    yield {
      resource_id: region,
      metric_type: L.concurrentExecutionsLimit,
      metric_value: account.concurrentExecutionsLimit,
    };
    yield {
      resource_id: region,
      metric_type: L.unreservedConcurrentExecutions,
      metric_value: account.unreservedConcurrentExecutions,
    };
  } else {
    yield {
      resource_id: region,
      metric_type: L.accountSettingsError,
      metric_value: readError(snapshot.account) ?? '',
    };
  }
}
