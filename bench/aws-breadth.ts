/**
 * API calls per resource for the AWS breadth scanners (Lambda, ELBv2) on a synthetic region: each
 * client answers at `send()` with pages shaped like AWS's (page sizes honoured, Marker/NextMarker),
 * and every call is counted by operation. Usage: tsx bench/aws-breadth.ts [resources]
 */
import { CloudWatchClient, type GetMetricDataCommandInput } from '@aws-sdk/client-cloudwatch';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { DEFAULT_SCAN_OPTIONS, silentLogger, type CloudScanner } from '../src/core/index.js';
import type { AwsClientClass, AwsClients } from '../src/providers/aws/client-factory.js';
import { elbv2Scanner } from '../src/providers/aws/services/elbv2/scanner.js';
import { lambdaScanner } from '../src/providers/aws/services/lambda/scanner.js';
import { machine, report } from './support.js';

const total = Number(process.argv[2] ?? 1000);
const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';

type Answer = (input: Record<string, unknown>) => unknown;
let calls: Record<string, number> = {};

/** A client whose send() answers from `answers`, counting every call; no network. */
function fakeClient<C>(clientClass: AwsClientClass<C>, answers: Record<string, Answer>): C {
  const client = new clientClass({
    region: REGION,
    credentials: async () => ({
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'x'.repeat(40),
    }),
    maxAttempts: 1,
  } as never) as C & { send: unknown };
  client.send = async (command: {
    constructor: { name: string };
    input: Record<string, unknown>;
  }) => {
    const operation = command.constructor.name.replace(/Command$/, '');
    const answer = answers[operation];
    if (!answer)
      throw Object.assign(new Error(`${operation} not configured`), { name: 'Unconfigured' });
    calls[operation] = (calls[operation] ?? 0) + 1;
    return { $metadata: { httpStatusCode: 200 }, ...(answer(command.input) as object) };
  };
  return client;
}

/** Marker/NextMarker pages of `count` items, `sizeKey` (MaxItems, PageSize) items a page. */
function paged<T>(count: number, make: (i: number) => T, key: string, sizeKey: string): Answer {
  return (input) => {
    const start = input.Marker ? Number(input.Marker) : 0;
    const end = Math.min(count, start + Number(input[sizeKey] ?? 50));
    return {
      [key]: Array.from({ length: end - start }, (_, k) => make(start + k)),
      NextMarker: end < count ? String(end) : undefined,
    };
  };
}

const cloudwatch = (): CloudWatchClient =>
  fakeClient(CloudWatchClient, {
    GetMetricData: (input) => ({
      MetricDataResults: (
        (input as unknown as GetMetricDataCommandInput).MetricDataQueries ?? []
      ).map((q) => ({
        Id: q.Id,
        StatusCode: 'Complete',
        Values: [1],
        Timestamps: [new Date()],
      })),
    }),
  });

function clients(...list: object[]): AwsClients {
  const byClass = new Map<unknown, object>(list.map((c) => [c.constructor, c]));
  const get = <C>(k: AwsClientClass<C>): C => byClass.get(k) as C;
  return { region: REGION, get, inRegion: get };
}

async function run(
  scanner: CloudScanner<AwsClients>,
  awsClients: AwsClients,
): Promise<{ ms: number; events: number }> {
  calls = {};
  const started = performance.now();
  let events = 0;
  const stream = scanner.scan({
    scanId: 'bench',
    clientId: 'bench',
    accountId: ACCOUNT,
    region: REGION,
    clients: awsClients,
    options: { ...DEFAULT_SCAN_OPTIONS },
    signal: new AbortController().signal,
    clock: { now: () => new Date() },
    log: silentLogger,
  });
  for await (const event of stream) if (event.metric_type) events += 1;
  return { ms: Math.round(performance.now() - started), events };
}

const fnArn = (i: number) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:fn-${i}`;
const lambda = fakeClient(LambdaClient, {
  ListFunctions: paged(
    total,
    (i) => ({
      FunctionName: `fn-${i}`,
      FunctionArn: fnArn(i),
      Runtime: i % 3 === 0 ? 'python3.9' : 'nodejs22.x',
      Role: `arn:aws:iam::${ACCOUNT}:role/exec`,
      MemorySize: 256,
      Timeout: 30,
      LastModified: '2025-01-01T00:00:00.000+0000',
      PackageType: 'Zip',
    }),
    'Functions',
    'MaxItems',
  ),
  GetFunction: () => ({ Tags: { team: 'a' } }),
  GetPolicy: () => {
    throw Object.assign(new Error('no policy'), {
      name: 'ResourceNotFoundException',
      $metadata: {},
    });
  },
  ListFunctionUrlConfigs: () => ({ FunctionUrlConfigs: [] }),
  GetAccountSettings: () => ({ AccountLimit: { ConcurrentExecutions: 1000 } }),
});

const lbArn = (i: number) =>
  `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/lb-${i}/${i.toString(16).padStart(16, '0')}`;
const lbCount = Math.max(1, Math.round(total / 10));
const elb = fakeClient(ElasticLoadBalancingV2Client, {
  DescribeLoadBalancers: paged(
    lbCount,
    (i) => ({
      LoadBalancerArn: lbArn(i),
      LoadBalancerName: `lb-${i}`,
      Type: 'application',
      Scheme: 'internet-facing',
      State: { Code: 'active' },
      AvailabilityZones: [{ ZoneName: 'eu-west-1a' }, { ZoneName: 'eu-west-1b' }],
      CreatedTime: new Date('2025-01-01T00:00:00Z'),
    }),
    'LoadBalancers',
    'PageSize',
  ),
  DescribeListeners: (input) => ({
    Listeners: [
      {
        ListenerArn: `${String(input.LoadBalancerArn)}/l443`,
        Port: 443,
        Protocol: 'HTTPS',
        SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
        DefaultActions: [{ Type: 'forward' }],
      },
    ],
  }),
  DescribeLoadBalancerAttributes: () => ({
    Attributes: [
      { Key: 'access_logs.s3.enabled', Value: 'true' },
      { Key: 'deletion_protection.enabled', Value: 'false' },
    ],
  }),
  DescribeTargetGroups: paged(
    lbCount,
    (i) => ({
      TargetGroupArn: `${lbArn(i)}-tg`,
      TargetGroupName: `tg-${i}`,
      LoadBalancerArns: [lbArn(i)],
    }),
    'TargetGroups',
    'PageSize',
  ),
  DescribeTargetHealth: () => ({
    TargetHealthDescriptions: [{ TargetHealth: { State: 'healthy' } }],
  }),
  DescribeTags: (input) => ({
    TagDescriptions: ((input.ResourceArns as string[]) ?? []).map((ResourceArn) => ({
      ResourceArn,
      Tags: [],
    })),
  }),
  DescribeSSLPolicies: (input) => ({
    SslPolicies: ((input.Names as string[]) ?? []).map((Name) => ({
      Name,
      SslProtocols: ['TLSv1.2'],
    })),
  }),
});

process.stdout.write(`# aws-breadth ${new Date().toISOString()} ${machine()}\n`);
for (const [scanner, resources, awsClients] of [
  [lambdaScanner, total, clients(lambda, cloudwatch())],
  [elbv2Scanner, lbCount, clients(elb, cloudwatch())],
] as const) {
  const { ms, events } = await run(scanner, awsClients);
  const sum = Object.values(calls).reduce((a, b) => a + b, 0);
  report({
    service: scanner.service,
    resources,
    calls: sum,
    calls_per_resource: Math.round((sum / resources) * 1000) / 1000,
    by_operation: calls,
    events,
    wall_ms: ms,
  });
}
