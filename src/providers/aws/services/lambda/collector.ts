import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  GetAccountSettingsCommand,
  GetFunctionCommand,
  GetPolicyCommand,
  LambdaClient,
  paginateListFunctions,
  paginateListFunctionUrlConfigs,
} from '@aws-sdk/client-lambda';
import pLimit from 'p-limit';
import { metricWindow, MetricsCollector } from '../../cloudwatch.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead, type Read } from '../../read.js';
import {
  mapAccountSettings,
  mapDetails,
  mapFunction,
  mapPolicy,
  mapUrl,
  type ListedFunction,
} from './mapper.js';
import type {
  FunctionUrl,
  LambdaFunction,
  LambdaPerformance,
  LambdaRegionSnapshot,
} from './model.js';
import { assembleFunctionStats, planFunctionQueries } from './performance.js';

/** ListFunctions returns at most 50 functions a page; ListFunctionUrlConfigs at most 50 URLs. */
const PAGE_SIZE = 50;

/**
 * Tags, reserved concurrency, the resource policy and the function URLs are each read per function:
 * ListFunctions returns none of them and Lambda has no batch or region-wide call that does (the
 * Resource Groups Tagging API would give tags alone, and not the rest). At most this many functions
 * are read at once, within Lambda's 15 control-plane requests a second.
 */
const FUNCTION_READ_CONCURRENCY = 5;

/** The function was deleted between the list and the read; for GetPolicy: it has no policy. */
const NOT_FOUND = ['ResourceNotFoundException'];

async function readFunction(
  ctx: AwsUnitContext,
  client: LambdaClient,
  fn: ListedFunction,
): Promise<LambdaFunction> {
  const options = { abortSignal: ctx.signal };
  const [details, policy, urls] = await Promise.all([
    guardedRead(
      ctx,
      'lambda:GetFunction',
      async () =>
        mapDetails(await client.send(new GetFunctionCommand({ FunctionName: fn.arn }), options)),
      { absentCodes: NOT_FOUND },
    ),
    // GetPolicy is the only source of a function's resource policy. Without one Lambda answers
    // ResourceNotFoundException: the read is then `absent`, which means "not public".
    guardedRead(
      ctx,
      'lambda:GetPolicy',
      async () =>
        mapPolicy(
          (await client.send(new GetPolicyCommand({ FunctionName: fn.arn }), options)).Policy,
        ),
      { absentCodes: NOT_FOUND },
    ),
    guardedRead(
      ctx,
      'lambda:ListFunctionUrlConfigs',
      (): Promise<FunctionUrl[]> =>
        collectPages(
          paginateListFunctionUrlConfigs(
            { client, pageSize: PAGE_SIZE },
            { FunctionName: fn.name },
            options,
          ),
          (page) => page.FunctionUrlConfigs,
          (config) => mapUrl(config, fn.arn),
          ctx.signal,
        ),
      { absentCodes: NOT_FOUND },
    ),
  ]);
  return { ...fn, details, policy, urls };
}

/**
 * One region's Lambda snapshot: the paginated function listing (the unit fails only if it fails),
 * each function's tags, policy and URLs, the region's concurrency settings, and every function's
 * CloudWatch statistics in one batched GetMetricData fetch.
 */
export async function collectLambdaSnapshot(ctx: AwsUnitContext): Promise<LambdaRegionSnapshot> {
  const client = ctx.clients.get(LambdaClient);
  const options = { abortSignal: ctx.signal };
  const listed = await collectPages(
    paginateListFunctions({ client, pageSize: PAGE_SIZE }, {}, options),
    (page) => page.Functions,
    mapFunction,
    ctx.signal,
  );

  const limit = pLimit(FUNCTION_READ_CONCURRENCY);
  const [functions, account, performance] = await Promise.all([
    Promise.all(listed.map((fn) => limit(() => readFunction(ctx, client, fn)))),
    guardedRead(ctx, 'lambda:GetAccountSettings', async () =>
      mapAccountSettings(await client.send(new GetAccountSettingsCommand({}), options)),
    ),
    collectPerformance(
      ctx,
      listed.map((fn) => fn.name),
    ),
  ]);
  return { region: ctx.region, functions, account, performance };
}

async function collectPerformance(
  ctx: AwsUnitContext,
  functionNames: readonly string[],
): Promise<LambdaPerformance> {
  const windowDays = ctx.options.metrics_window_days;
  const window = metricWindow(ctx.clock.now(), windowDays, ctx.options.metrics_period_seconds);
  const collected = { status: 'collected', windowDays, windowStart: window.start.toISOString() };
  const plan = planFunctionQueries(functionNames);
  if (plan.queries.length === 0) return { ...collected, status: 'collected', functions: {} };
  const metrics = new MetricsCollector(window);
  metrics.add(plan.queries);
  const cloudwatch = ctx.clients.get(CloudWatchClient);
  const results: Read<Awaited<ReturnType<MetricsCollector['fetch']>>> = await guardedRead(
    ctx,
    'cloudwatch:GetMetricData',
    () => metrics.fetch(cloudwatch, { signal: ctx.signal, meter: ctx.meter }),
  );
  if (results.state !== 'available') return { status: 'unavailable', errorCode: results.errorCode };
  return {
    ...collected,
    status: 'collected',
    functions: assembleFunctionStats(plan, results.value),
  };
}
