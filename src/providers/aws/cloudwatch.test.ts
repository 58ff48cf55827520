import {
  CloudWatchClient,
  CloudWatchServiceException,
  GetMetricDataCommand,
  ListMetricsCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiCostMeter } from '../../core/index.js';
import {
  MAX_DATAPOINTS_PER_CALL,
  MAX_QUERIES_PER_CALL,
  MetricsCollector,
  QUERY_ID_PATTERN,
  combineDatapoints,
  datapointsPerQuery,
  fetchMetricData,
  fetchMetricStatistics,
  MAX_FAILED_REQUESTS,
  listMetrics,
  metricWindow,
  queriesPerCall,
  statisticOf,
  streamMetricData,
  collectStatistics,
  usableValues,
  type MetricAnswer,
  type MetricQuery,
  type MetricSpec,
  type StatisticQuery,
} from './cloudwatch.js';

const cw = mockClient(CloudWatchClient);
const client = new CloudWatchClient({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  },
});
const window = metricWindow(new Date('2026-11-20T10:27:13Z'), 14);

afterEach(() => cw.reset());

function cpuQueries(count: number): MetricQuery[] {
  return Array.from({ length: count }, (_, i) => ({
    // Keys CloudWatch would reject as ids: they must come back untouched.
    key: `i-${String(i).padStart(17, '0')}/CPU Utilization:Average`,
    namespace: 'AWS/EC2',
    metricName: 'CPUUtilization',
    dimensions: [{ name: 'InstanceId', value: `i-${String(i).padStart(17, '0')}` }],
    stat: 'Average' as const,
  }));
}

/** Answers each query with a value derived from its metric's dimension, so results can be checked. */
function answer(input: GetMetricDataCommandInput) {
  return (input.MetricDataQueries ?? []).map((q) => ({
    Id: q.Id,
    StatusCode: 'Complete' as const,
    Values: [Number(q.MetricStat?.Metric?.Dimensions?.[0]?.Value?.slice(2))],
    Timestamps: [window.start],
  }));
}

describe('metricWindow', () => {
  it('spans the whole window in one hour-aligned period ending at the last full hour', () => {
    expect(window).toEqual({
      start: new Date('2026-11-06T10:00:00Z'),
      end: new Date('2026-11-20T10:00:00Z'),
      periodSeconds: 14 * 86_400,
    });
    expect(window.periodSeconds % 3600).toBe(0);
  });

  it('rejects a window that is not whole days', () => {
    expect(() => metricWindow(new Date(), 0)).toThrow(RangeError);
    expect(() => metricWindow(new Date(), 1.5)).toThrow(RangeError);
  });
});

describe('fetchMetricStatistics', () => {
  it('sends 500 queries per call with safe ids and maps every result back to its key', async () => {
    cw.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => ({
      MetricDataResults: answer(input),
    }));
    const queries = cpuQueries(1201);

    const results = await fetchMetricStatistics(client, queries, window);

    const calls = cw.commandCalls(GetMetricDataCommand);
    expect(calls).toHaveLength(Math.ceil(1201 / MAX_QUERIES_PER_CALL));
    expect(calls.map((c) => c.args[0].input.MetricDataQueries?.length)).toEqual([500, 500, 201]);
    for (const call of calls) {
      const input = call.args[0].input;
      expect(input.StartTime).toEqual(window.start);
      expect(input.EndTime).toEqual(window.end);
      for (const q of input.MetricDataQueries ?? []) {
        expect(q.Id).toMatch(QUERY_ID_PATTERN);
        expect(q.MetricStat?.Period).toBe(window.periodSeconds);
        expect(q.MetricStat?.Stat).toBe('Average');
      }
    }
    expect(results.size).toBe(1201);
    expect(results.get(queries[0]!.key)).toEqual([0]);
    expect(results.get(queries[777]!.key)).toEqual([777]);
    expect(results.get(queries[1200]!.key)).toEqual([1200]);
  });

  it('follows NextToken and appends the values of later pages', async () => {
    const queries = cpuQueries(3);
    cw.on(GetMetricDataCommand)
      .resolvesOnce({
        NextToken: 'page-2',
        MetricDataResults: [
          { Id: 'q0', StatusCode: 'PartialData', Values: [10] },
          { Id: 'q1', StatusCode: 'Complete', Values: [20] },
        ],
      })
      .resolvesOnce({
        MetricDataResults: [{ Id: 'q0', StatusCode: 'Complete', Values: [30] }],
      });

    const results = await fetchMetricStatistics(client, queries, window);

    const calls = cw.commandCalls(GetMetricDataCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.args[0].input.NextToken).toBe('page-2');
    expect(results.get(queries[0]!.key)).toEqual([10, 30]);
    expect(results.get(queries[1]!.key)).toEqual([20]);
    // No datapoint: an empty list, never a made-up zero.
    expect(results.get(queries[2]!.key)).toEqual([]);
  });

  it('makes no call when there is nothing to ask', async () => {
    const results = await fetchMetricStatistics(client, [], window);
    expect(results.size).toBe(0);
    expect(cw.calls()).toHaveLength(0);
  });

  it('refuses two queries with the same key', async () => {
    const [q] = cpuQueries(1);
    await expect(fetchMetricStatistics(client, [q!, q!], window)).rejects.toThrow(/duplicate/);
  });

  it('splits a failing request and retries the halves, so one bad query costs the others nothing', async () => {
    const queries = cpuQueries(8);
    const bad = queries[5]!.dimensions[0]!.value;
    cw.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
      const asked = (input.MetricDataQueries ?? []).map(
        (q) => q.MetricStat?.Metric?.Dimensions?.[0]?.Value,
      );
      if (asked.includes(bad))
        throw new CloudWatchServiceException({
          name: 'InternalServiceFault',
          $fault: 'server',
          $metadata: { httpStatusCode: 500 },
          message: 'internal error',
        });
      return { MetricDataResults: answer(input) };
    });

    const data = await fetchMetricData(client, queries, window);

    for (const [i, q] of queries.entries()) {
      if (i === 5) continue;
      expect(data.values.get(q.key)).toEqual([i]);
    }
    expect(data.failed).toEqual(new Map([[queries[5]!.key, 'InternalServiceFault']]));
    expect(usableValues(data).get(queries[5]!.key)).toEqual([]);
    // 8 → 4+4 → (2+2) → (1+1): the bad query alone costs log2(8) failed requests.
    expect(cw.commandCalls(GetMetricDataCommand).length).toBe(7);
  });

  it('gives up within a bounded number of requests when every request fails', async () => {
    cw.on(GetMetricDataCommand).rejects(
      new CloudWatchServiceException({
        name: 'ServiceUnavailable',
        $fault: 'server',
        $metadata: { httpStatusCode: 503 },
        message: 'unavailable',
      }),
    );

    await expect(fetchMetricData(client, cpuQueries(600), window)).rejects.toMatchObject({
      name: 'ServiceUnavailable',
    });
    expect(cw.commandCalls(GetMetricDataCommand).length).toBe(MAX_FAILED_REQUESTS);
  });

  it('lets CloudWatch errors reach the caller', async () => {
    cw.on(GetMetricDataCommand).rejects(
      new CloudWatchServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
        message: 'not authorized to perform: cloudwatch:GetMetricData',
      }),
    );
    await expect(fetchMetricStatistics(client, cpuQueries(2), window)).rejects.toMatchObject({
      name: 'AccessDenied',
    });
  });
});

describe('combineDatapoints', () => {
  it('reduces each statistic the way CloudWatch defines it', () => {
    expect(combineDatapoints('Maximum', [3, 9, 4])).toBe(9);
    expect(combineDatapoints('Minimum', [3, 9, 4])).toBe(3);
    expect(combineDatapoints('Sum', [3, 9, 4])).toBe(16);
    expect(combineDatapoints('Average', [3, 9])).toBe(6);
    expect(combineDatapoints('Average', [])).toBeUndefined();
    // Percentiles do not combine: the highest period p95 bounds the window's from above.
    expect(combineDatapoints('p95', [41, 77, 12])).toBe(77);
  });
});

describe('listMetrics', () => {
  it('reads every page of a filtered listing', async () => {
    cw.on(ListMetricsCommand)
      .resolvesOnce({
        NextToken: 'next',
        Metrics: [
          {
            Namespace: 'CWAgent',
            MetricName: 'mem_used_percent',
            Dimensions: [{ Name: 'InstanceId', Value: 'i-0a1b2c3d4e5f60001' }],
          },
        ],
      })
      .resolvesOnce({
        Metrics: [
          {
            Namespace: 'CWAgent',
            MetricName: 'mem_used_percent',
            Dimensions: [{ Name: 'InstanceId', Value: 'i-0a1b2c3d4e5f60002' }],
          },
        ],
      });

    const listed = await listMetrics(client, {
      namespace: 'CWAgent',
      metricName: 'mem_used_percent',
    });

    expect(listed.map((m) => m.dimensions[0]?.value)).toEqual([
      'i-0a1b2c3d4e5f60001',
      'i-0a1b2c3d4e5f60002',
    ]);
    const inputs = cw.commandCalls(ListMetricsCommand).map((c) => c.args[0].input);
    expect(inputs[0]).toMatchObject({ Namespace: 'CWAgent', MetricName: 'mem_used_percent' });
    expect(inputs[1]?.NextToken).toBe('next');
  });
});

describe('per-unit metrics collection', () => {
  it('sends fewer than 500 queries a call when their datapoints would pass the limit', async () => {
    cw.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => ({
      MetricDataResults: answer(input),
    }));
    // Hourly over 14 days: 336 datapoints a query, so 300 queries a call stay within 100,800.
    const hourly = metricWindow(new Date('2026-11-20T10:27:13Z'), 14, 3600);
    expect(datapointsPerQuery(hourly)).toBe(336);
    expect(queriesPerCall(hourly)).toBe(300);
    const collector = new MetricsCollector(hourly);
    collector.add(cpuQueries(700));
    expect(collector.plannedCalls).toBe(3);

    await collector.fetch(client);

    const sizes = cw
      .commandCalls(GetMetricDataCommand)
      .map((c) => c.args[0].input.MetricDataQueries?.length);
    expect(sizes).toEqual([300, 300, 100]);
    for (const size of sizes) expect(size! * 336).toBeLessThanOrEqual(MAX_DATAPOINTS_PER_CALL);
  });

  it('aligns a shorter period on whole hours and whole periods', () => {
    const daily = metricWindow(new Date('2026-11-20T10:27:13Z'), 14, 86_400);
    expect(daily).toEqual({
      start: new Date('2026-11-06T10:00:00Z'),
      end: new Date('2026-11-20T10:00:00Z'),
      periodSeconds: 86_400,
    });
    expect(() => metricWindow(new Date(), 14, 600)).toThrow(RangeError);
    expect(() => metricWindow(new Date(), 1, 2 * 86_400)).toThrow(RangeError);
  });

  it('serves several callers from one batch, counting every page as metrics requested', async () => {
    const ebs: MetricQuery = {
      key: 'vol-0a1b2c3d4e5f00001:VolumeReadOps',
      namespace: 'AWS/EBS',
      metricName: 'VolumeReadOps',
      dimensions: [{ name: 'VolumeId', value: 'vol-0a1b2c3d4e5f00001' }],
      stat: 'Sum',
    };
    cw.on(GetMetricDataCommand)
      .resolvesOnce({
        NextToken: 'more',
        MetricDataResults: [
          { Id: 'q0', StatusCode: 'PartialData', Values: [40] },
          { Id: 'q1', StatusCode: 'PartialData', Values: [1000] },
          { Id: 'q2', StatusCode: 'InternalError', Values: [] },
        ],
      })
      .resolvesOnce({
        MetricDataResults: [
          { Id: 'q0', StatusCode: 'Complete', Values: [60] },
          { Id: 'q1', StatusCode: 'PartialData', Values: [500] },
          { Id: 'q2', StatusCode: 'Complete', Values: [7] },
        ],
      });
    const [cpu, p95] = cpuQueries(2);
    const collector = new MetricsCollector(window);
    collector.add([cpu!, { ...p95!, key: 'p95', stat: 'p95' }]);
    collector.add([ebs]);
    expect(() => collector.add([ebs])).toThrow(/duplicate/);
    const meter = new ApiCostMeter();

    const data = await collector.fetch(client, { meter });

    expect(
      cw.commandCalls(GetMetricDataCommand)[0]!.args[0].input.MetricDataQueries?.[1],
    ).toMatchObject({ MetricStat: { Stat: 'p95' } });
    expect(statisticOf(data, cpu!.key, 'Average')).toBe(50);
    // Still partial on the last page: what arrived is kept, and the query is marked incomplete.
    expect(statisticOf(data, 'p95', 'p95')).toBe(1000);
    expect(data.incomplete.get('p95')).toBe('PartialData');
    // A page that failed the query taints it for good: no statistic rather than a wrong one.
    expect(data.incomplete.get(ebs.key)).toBe('InternalError');
    expect(statisticOf(data, ebs.key, 'Sum')).toBeUndefined();
    expect(usableValues(data).get(ebs.key)).toEqual([]);
    expect(meter.breakdown()).toEqual({
      'cloudwatch:GetMetricData': { requests: 2, units: 6, usd: 0.00006 },
    });
  });
});

describe('streamMetricData', () => {
  it('makes the queries a request at a time and answers each request before the next is made', async () => {
    let made = 0;
    const madeWhenSent: number[] = [];
    const answeredWhenSent: number[] = [];
    let answered = 0;
    cw.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
      madeWhenSent.push(made);
      answeredWhenSent.push(answered);
      return { MetricDataResults: answer(input) };
    });
    function* queries(): Generator<MetricSpec> {
      for (const query of cpuQueries(1201)) {
        made += 1;
        yield query;
      }
    }
    const answers: number[] = [];

    const tally = await streamMetricData(client, queries(), window, (query, result) => {
      answered += 1;
      answers.push(result.values[0]!);
      expect(result.values).toEqual([Number(query.dimensions[0]!.value.slice(2))]);
    });

    expect(tally).toEqual({ queries: 1201, incomplete: 0, failed: 0 });
    // No more than one request's queries exist ahead of the answers.
    expect(madeWhenSent).toEqual([500, 1000, 1201]);
    expect(answeredWhenSent).toEqual([0, 500, 1000]);
    // Answers come in query order.
    expect(answers).toEqual(Array.from({ length: 1201 }, (_, i) => i));
  });

  it('answers a request only once its NextToken pages are in, and counts what was incomplete', async () => {
    cw.on(GetMetricDataCommand)
      .resolvesOnce({
        NextToken: 'page-2',
        MetricDataResults: [
          { Id: 'q0', StatusCode: 'PartialData', Values: [10] },
          { Id: 'q1', StatusCode: 'InternalError', Values: [99] },
          // Not one of ours: ignored.
          { Id: 'q01', StatusCode: 'Complete', Values: [1] },
        ],
      })
      .resolvesOnce({
        MetricDataResults: [
          { Id: 'q0', StatusCode: 'Complete', Values: [30] },
          { Id: 'q1', StatusCode: 'Complete', Values: [] },
        ],
      });
    const seen: MetricAnswer[] = [];

    const tally = await streamMetricData(client, cpuQueries(3), window, (_, result) =>
      seen.push(result),
    );

    expect(seen).toEqual([
      { values: [10, 30], status: 'Complete' },
      { values: [99], status: 'InternalError' },
      { values: [] },
    ]);
    expect(tally).toEqual({ queries: 3, incomplete: 1, failed: 0 });
  });

  it('lets an error of the caller while folding through, without retrying the request', async () => {
    cw.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => ({
      MetricDataResults: answer(input),
    }));

    await expect(
      streamMetricData(client, cpuQueries(4), window, () => {
        throw new TypeError('fold failed');
      }),
    ).rejects.toThrow('fold failed');
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(1);
  });

  it('folds statistics into the records the queries carry', async () => {
    cw.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 'q0', StatusCode: 'Complete', Values: [3, 9] },
        { Id: 'q1', StatusCode: 'Complete', Values: [] },
        { Id: 'q2', StatusCode: 'Complete', Values: [] },
        { Id: 'q3', StatusCode: 'Forbidden', Values: [5] },
      ],
    });
    const stats: Record<string, number> = {};
    const spec = cpuQueries(1)[0]!;
    const queries: StatisticQuery[] = [
      { ...spec, stat: 'Maximum', into: stats, field: 'max' },
      { ...spec, stat: 'Sum', into: stats, field: 'quiet' },
      { ...spec, stat: 'Sum', into: stats, field: 'requests', zeroWhenMissing: true },
      { ...spec, stat: 'Sum', into: stats, field: 'denied', zeroWhenMissing: true },
    ];

    await collectStatistics(client, queries, window);

    expect(stats).toEqual({ max: 9, requests: 0 });
  });
});
