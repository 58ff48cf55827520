import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  collectResourceStats,
  statistic,
  StatisticsTable,
  type StatSpec,
} from './cloudwatch-stats.js';
import { awsError } from './testing/mock-calls.js';
import { FAKE_CREDENTIALS, fakeClients, unitContext } from './testing/unit-context.js';

const REGION = 'eu-west-1';
const cw = mockClient(CloudWatchClient);
const client = new CloudWatchClient({ region: REGION, credentials: FAKE_CREDENTIALS });
const ctx = () => unitContext(fakeClients(REGION, client));

/** Datapoints by `dimension value/metric name`; a metric not listed has none. */
const DATA: Record<string, number> = { 'a/Requests': 7, 'b/Messages': 3, 'b/Latency': 12 };
let inputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  cw.reset();
  inputs = [];
  cw.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
    inputs.push(input);
    return {
      $metadata: {},
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const m = q.MetricStat?.Metric;
        const value = DATA[`${m?.Dimensions?.[0]?.Value}/${m?.MetricName}`];
        return { Id: q.Id, StatusCode: 'Complete', Values: value === undefined ? [] : [value] };
      }),
    };
  });
});

type F = 'requests' | 'latency';
const spec = (field: F, metricName: string, zeroWhenMissing = false): StatSpec<F> => ({
  field,
  namespace: 'AWS/Test',
  metricName,
  stat: 'Sum',
  ...(zeroWhenMissing ? { zeroWhenMissing } : {}),
});

describe('collectResourceStats', () => {
  it('asks each target the call’s specs, or its own, in one request', async () => {
    const read = await collectResourceStats(
      ctx(),
      client,
      [
        { id: 'arn:a', dimensions: [{ name: 'Id', value: 'a' }] },
        {
          id: 'arn:b',
          dimensions: [{ name: 'Id', value: 'b' }],
          specs: [spec('requests', 'Messages', true), spec('latency', 'Latency')],
        },
        { id: 'arn:c', dimensions: [{ name: 'Id', value: 'c' }] },
      ],
      [spec('requests', 'Requests', true), spec('latency', 'Latency')],
    );

    expect(inputs).toHaveLength(1);
    expect(
      inputs[0]!.MetricDataQueries!.map(
        (q) =>
          `${q.MetricStat?.Metric?.Dimensions?.[0]?.Value}/${q.MetricStat?.Metric?.MetricName}`,
      ),
    ).toEqual(['a/Requests', 'a/Latency', 'b/Messages', 'b/Latency', 'c/Requests', 'c/Latency']);
    expect(read).toMatchObject({
      status: 'collected',
      resources: {
        'arn:a': { requests: 7 },
        'arn:b': { requests: 3, latency: 12 },
        'arn:c': { requests: 0 },
      },
    });
  });

  it('makes no call when no target has a spec, and is unavailable when CloudWatch refuses', async () => {
    const none = await collectResourceStats(
      ctx(),
      client,
      [{ id: 'arn:a', dimensions: [{ name: 'Id', value: 'a' }], specs: [] }],
      [],
    );
    expect(none).toMatchObject({ status: 'collected', resources: {} });
    expect(inputs).toHaveLength(0);

    cw.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    const denied = await collectResourceStats(
      ctx(),
      client,
      [{ id: 'arn:a', dimensions: [{ name: 'Id', value: 'a' }] }],
      [spec('requests', 'Requests', true)],
    );
    expect(denied).toEqual({ status: 'unavailable', errorCode: 'AccessDenied' });
  });
});

describe('StatisticsTable', () => {
  it('keeps each row apart, a 0 as a value and an unset statistic absent', () => {
    const table = new StatisticsTable(['cpu', 'net'], 2);
    const [a, b] = [table.row(), table.row()];
    a.set('cpu', 0);
    b.set('net', 12.5);
    expect([a.get('cpu'), a.get('net'), b.get('cpu'), b.get('net')]).toEqual([
      0,
      undefined,
      undefined,
      12.5,
    ]);
    expect(a.toRecord()).toEqual({ cpu: 0 });
    expect(statistic(b, 'net')).toBe(12.5);
    expect(statistic({ net: 3 }, 'net')).toBe(3);
    expect(() => table.row()).toThrow(RangeError);
    expect(() => a.set('disk', 1)).toThrow(RangeError);
  });
});
