/**
 * How the per-unit CloudWatch collector batches the EC2 default metric set: queries per instance,
 * metric queries per GetMetricData call, calls (and dollars) per 1,000 instances, for a few fleet
 * sizes and periods. CloudWatch answers in-process at `send()`, honouring the 500-query and
 * 100,800-datapoint limits (NextToken when a request would return more), and every call is counted.
 * Usage: tsx bench/cloudwatch-batching.ts
 */
import {
  CloudWatchClient,
  type GetMetricDataCommandInput,
  type MetricDataResult,
} from '@aws-sdk/client-cloudwatch';
import { ApiCostMeter } from '../src/core/index.js';
import {
  MAX_DATAPOINTS_PER_CALL,
  MAX_QUERIES_PER_CALL,
  callsFor,
  collectStatistics,
  datapointsPerQuery,
  metricWindow,
} from '../src/providers/aws/cloudwatch.js';
import type { Ec2Volume } from '../src/providers/aws/services/ec2/model.js';
import {
  indexAgentMetrics,
  planEc2Metrics,
} from '../src/providers/aws/services/ec2/performance.js';
import { report } from './support.js';

const calls: { queries: number; datapoints: number }[] = [];

const client = new CloudWatchClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'bench' },
});
(client as unknown as { send: unknown }).send = async (command: {
  input: GetMetricDataCommandInput;
}) => {
  const input = command.input;
  const queries = input.MetricDataQueries ?? [];
  const period = queries[0]?.MetricStat?.Period ?? 1;
  const perQuery = Math.ceil(
    (input.EndTime!.getTime() - input.StartTime!.getTime()) / (period * 1000),
  );
  if (queries.length > MAX_QUERIES_PER_CALL) throw new Error('more than 500 queries in one call');
  // Like CloudWatch: at most 100,800 datapoints a page; NextToken (an offset here) for the rest.
  const offset = Number(input.NextToken ?? 0);
  const room = Math.floor(MAX_DATAPOINTS_PER_CALL / perQuery);
  const answered = queries.slice(offset, offset + room);
  calls.push({ queries: queries.length, datapoints: answered.length * perQuery });
  const results: MetricDataResult[] = answered.map((q) => ({
    Id: q.Id,
    StatusCode: 'Complete',
    Values: Array.from({ length: perQuery }, () => 12.5),
  }));
  const next = offset + room < queries.length ? String(offset + room) : undefined;
  return { $metadata: {}, MetricDataResults: results, ...(next ? { NextToken: next } : {}) };
};

const NOW = new Date('2026-11-25T10:00:00Z');

async function measure(instances: number, periodSeconds: number | undefined, withVolumes: boolean) {
  calls.length = 0;
  const ids = Array.from({ length: instances }, (_, i) => `i-${i.toString(16).padStart(17, '0')}`);
  const volumes: Ec2Volume[] = withVolumes
    ? ids.map((instanceId, i) => ({
        id: `vol-${i.toString(16).padStart(17, '0')}`,
        sizeGib: 8,
        type: i % 2 ? 'gp3' : 'gp2',
        encrypted: true,
        state: 'in-use',
        availabilityZone: 'eu-west-1a',
        attachedInstanceIds: [instanceId],
        tags: {},
      }))
    : [];
  const window = metricWindow(NOW, 14, periodSeconds);
  const plan = planEc2Metrics(ids, indexAgentMetrics([]), volumes);
  const meter = new ApiCostMeter();
  const started = performance.now();
  const tally = await collectStatistics(client, plan.queries(), window, { meter });
  const ms = performance.now() - started;
  const requests = calls.length;
  report({
    bench: 'cloudwatch-batching',
    instances,
    volumes: volumes.length,
    period_seconds: window.periodSeconds,
    datapoints_per_query: datapointsPerQuery(window),
    queries: plan.size,
    queries_per_instance: Number((plan.size / instances).toFixed(2)),
    get_metric_data_requests: requests,
    planned_requests: callsFor(plan.size, window),
    max_queries_per_request: Math.max(...calls.map((c) => c.queries)),
    max_datapoints_per_page: Math.max(...calls.map((c) => c.datapoints)),
    requests_per_1000_instances: Number(((requests / instances) * 1000).toFixed(2)),
    usd: meter.usd,
    usd_per_1000_instances: Number(((meter.usd / instances) * 1000).toFixed(4)),
    results: tally.queries,
    ms: Math.round(ms),
  });
}

for (const n of [1_000, 10_000]) await measure(n, undefined, false);
await measure(1_000, undefined, true);
await measure(1_000, 86_400, false);
await measure(1_000, 3_600, false);
