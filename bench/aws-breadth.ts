/**
 * API calls per resource for the AWS breadth scanners (Lambda, ELBv2, ElastiCache, Redshift, ECS,
 * EKS, Route 53, API Gateway here; the fifteen others in aws-breadth-services.ts) on a synthetic region: each client answers at `send()` with pages
 * shaped like AWS's (page sizes honoured and capped as AWS caps them, its own token names, batch
 * limits enforced), and every call is counted by client and operation. One scenario per service
 * below: how many resources N gives, the fake clients and their answers, which calls are made per
 * resource because AWS has no batch form. Usage: tsx bench/aws-breadth.ts [N]
 */
import type * as apigw from '@aws-sdk/client-api-gateway';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type * as apigw2 from '@aws-sdk/client-apigatewayv2';
import { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import {
  CloudWatchClient,
  type GetMetricDataCommandInput,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import type * as ec2 from '@aws-sdk/client-ec2';
import { EC2Client } from '@aws-sdk/client-ec2';
import type * as ecs from '@aws-sdk/client-ecs';
import { ECSClient } from '@aws-sdk/client-ecs';
import type * as eks from '@aws-sdk/client-eks';
import { EKSClient } from '@aws-sdk/client-eks';
import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import type * as ec from '@aws-sdk/client-elasticache';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { LambdaClient } from '@aws-sdk/client-lambda';
import type * as rs from '@aws-sdk/client-redshift';
import { RedshiftClient } from '@aws-sdk/client-redshift';
import type * as r53 from '@aws-sdk/client-route-53';
import { Route53Client } from '@aws-sdk/client-route-53';
import type * as s3 from '@aws-sdk/client-s3';
import { S3Client } from '@aws-sdk/client-s3';
import {
  DEFAULT_SCAN_OPTIONS,
  silentLogger,
  type CloudScanner,
  type Logger,
} from '../src/core/index.js';
import type { AwsClientClass, AwsClients } from '../src/providers/aws/client-factory.js';
import { apiGatewayScanner } from '../src/providers/aws/services/apigateway/scanner.js';
import { ecsScanner } from '../src/providers/aws/services/ecs/scanner.js';
import { eksScanner } from '../src/providers/aws/services/eks/scanner.js';
import { elasticacheScanner } from '../src/providers/aws/services/elasticache/scanner.js';
import { elbv2Scanner } from '../src/providers/aws/services/elbv2/scanner.js';
import { lambdaScanner } from '../src/providers/aws/services/lambda/scanner.js';
import { redshiftScanner } from '../src/providers/aws/services/redshift/scanner.js';
import { route53Scanner } from '../src/providers/aws/services/route53/scanner.js';
import { machine, report } from './support.js';
import { SERVICE_SCENARIOS } from './aws-breadth-services.js';

const total = Number(process.argv[2] ?? 1000);
const REGION = 'eu-west-1';
// Route 53's A records are judged against AWS's EC2 ranges: the test fixture's copy, never the network.
process.env.CLOUDDIAGNOZE_AWS_IP_RANGES_URL ??= new URL(
  '../src/providers/aws/services/route53/fixtures/ip-ranges.json',
  import.meta.url,
).pathname;
const ACCOUNT = '123456789012';
/** A share of N, at least one. */
const share = (fraction: number): number => Math.max(1, Math.round(total * fraction));
const pad = (i: number, width = 4): string => String(i).padStart(width, '0');
const CREATED = new Date('2025-01-01T00:00:00Z');

type Input = Record<string, unknown>;
type Answer = (input: Input) => unknown;

/** Calls of the current scenario, by `client:Operation`; operations asked but not answered. */
let calls: Record<string, number> = {};
let unconfigured = new Set<string>();

const awsError = (name: string, message: string): Error =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });

/**
 * A client whose send() answers from `answers`, counting every call under `label:Operation` (two
 * clients may send commands of the same name: API Gateway v1 and v2 both have GetStages); no network.
 */
function fakeClient<C>(
  label: string,
  clientClass: AwsClientClass<C>,
  answers: Record<string, Answer>,
): C {
  const client = new clientClass({
    region: REGION,
    credentials: async () => ({
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'x'.repeat(40),
    }),
    maxAttempts: 1,
  } as never) as C & { send: unknown };
  client.send = async (command: { constructor: { name: string }; input: Input }) => {
    const name = command.constructor.name.replace(/Command$/, '');
    const operation = `${label}:${name}`;
    const answer = answers[name];
    if (!answer) {
      unconfigured.add(operation);
      throw awsError('Unconfigured', `${operation} not configured`);
    }
    calls[operation] = (calls[operation] ?? 0) + 1;
    return { $metadata: { httpStatusCode: 200 }, ...(answer(command.input) as object) };
  };
  return client;
}

/** How an operation pages: its token names and its page size (the default, and AWS's cap). */
interface Paging {
  /** The request's token (Marker, nextToken, position…). */
  token: string;
  /** The answer's token, when it is named otherwise (NextMarker). */
  next?: string;
  /** The request's page size (MaxItems, MaxRecords, maxResults, limit…); none: pages of `default`. */
  size?: string;
  default: number;
  max: number;
}

const MARKER_50: Paging = {
  token: 'Marker',
  next: 'NextMarker',
  size: 'MaxItems',
  default: 50,
  max: 50,
};
const ELB_PAGES: Paging = {
  token: 'Marker',
  next: 'NextMarker',
  size: 'PageSize',
  default: 400,
  max: 400,
};
/** ElastiCache and Redshift Describe*: Marker in and out, MaxRecords 20–100, default 100. */
const RECORDS_100: Paging = { token: 'Marker', size: 'MaxRecords', default: 100, max: 100 };
/** ECS and EKS List*: nextToken, maxResults up to 100. */
const NEXT_TOKEN_100 = (defaultSize: number): Paging => ({
  token: 'nextToken',
  size: 'maxResults',
  default: defaultSize,
  max: 100,
});

/**
 * Pages of `count` items under `key`: the page starts at the request's token, holds its page size
 * (a size above AWS's cap is refused, as AWS refuses it), and carries the next token until the last.
 */
function paged<T>(
  key: string,
  paging: Paging,
  count: number | ((input: Input) => number),
  make: (i: number, input: Input) => T,
  extra: (input: Input, more: boolean, size: number) => object = () => ({}),
): Answer {
  return (input) => {
    const size = Number(
      (paging.size === undefined ? undefined : input[paging.size]) ?? paging.default,
    );
    if (size > paging.max)
      throw awsError('ValidationException', `${paging.size} ${size} above ${paging.max}`);
    const n = typeof count === 'number' ? count : count(input);
    const start = input[paging.token] ? Number(input[paging.token]) : 0;
    const end = Math.min(n, start + size);
    const more = end < n;
    return {
      [key]: Array.from({ length: end - start }, (_, k) => make(start + k, input)),
      ...(more ? { [paging.next ?? paging.token]: String(end) } : {}),
      ...extra(input, more, size),
    };
  };
}

/** Refuses a batch larger than AWS takes. */
function atMost<T = string>(list: unknown, max: number, what: string): T[] {
  const items = (list as T[] | undefined) ?? [];
  if (items.length > max)
    throw awsError('InvalidParameterException', `${items.length} ${what}, at most ${max}`);
  return items;
}

const cloudwatch = (): CloudWatchClient =>
  fakeClient('cloudwatch', CloudWatchClient, {
    GetMetricData: (input) => ({
      MetricDataResults: atMost<MetricDataQuery>(
        (input as unknown as GetMetricDataCommandInput).MetricDataQueries,
        500,
        'metric queries',
      ).map((q) => ({
        Id: q.Id,
        StatusCode: 'Complete',
        Values: [1],
        Timestamps: [new Date()],
      })),
    }),
  });

function clients(list: readonly object[]): AwsClients {
  const byClass = new Map<unknown, object>(list.map((c) => [c.constructor, c]));
  const get = <C>(k: AwsClientClass<C>): C => {
    const client = byClass.get(k);
    if (!client) throw new Error(`no fake for ${(k as { name?: string }).name ?? 'a client'}`);
    return client as C;
  };
  return { region: REGION, get, inRegion: get };
}

/** One service measured: how many resources N gives, its fake clients, and its scanner. */
interface Scenario {
  scanner: CloudScanner<AwsClients>;
  resources: number;
  /** What the resources are. */
  counted: string;
  clients: () => object[];
  /** Operations made once per resource (or per zone, API…) and why no batch form replaces them. */
  perResourceBecause: Record<string, string>;
}

// ---------------------------------------------------------------- Lambda: N functions
function lambdaScenario(): Scenario {
  const fnArn = (i: number) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:fn-${i}`;
  return {
    scanner: lambdaScanner,
    resources: total,
    counted: `${total} functions`,
    perResourceBecause: {
      'lambda:GetFunction':
        'tags and reserved concurrency of one function (else ListTags + GetFunctionConcurrency, two calls); no batch form',
      'lambda:GetPolicy': 'resource policy of one function; no batch form',
      'lambda:ListFunctionUrlConfigs': 'URLs of one function; no region-wide listing',
    },
    clients: () => [
      fakeClient('lambda', LambdaClient, {
        ListFunctions: paged('Functions', MARKER_50, total, (i) => ({
          FunctionName: `fn-${i}`,
          FunctionArn: fnArn(i),
          Runtime: i % 3 === 0 ? 'python3.9' : 'nodejs22.x',
          Role: `arn:aws:iam::${ACCOUNT}:role/exec`,
          MemorySize: 256,
          Timeout: 30,
          LastModified: '2025-01-01T00:00:00.000+0000',
          PackageType: 'Zip',
        })),
        GetFunction: () => ({ Tags: { team: 'a' } }),
        GetPolicy: () => {
          throw awsError('ResourceNotFoundException', 'no policy');
        },
        ListFunctionUrlConfigs: () => ({ FunctionUrlConfigs: [] }),
        GetAccountSettings: () => ({ AccountLimit: { ConcurrentExecutions: 1000 } }),
      }),
      cloudwatch(),
    ],
  };
}

// ---------------------------------------------------------------- ELBv2: N/10 load balancers
function elbv2Scenario(): Scenario {
  const lbArn = (i: number) =>
    `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/lb-${i}/${i.toString(16).padStart(16, '0')}`;
  const lbCount = share(1 / 10);
  return {
    scanner: elbv2Scanner,
    resources: lbCount,
    counted: `${lbCount} load balancers (one target group each)`,
    perResourceBecause: {
      'elbv2:DescribeListeners': 'takes one load balancer',
      'elbv2:DescribeLoadBalancerAttributes': 'takes one load balancer',
      'elbv2:DescribeTargetHealth': 'takes one target group',
    },
    clients: () => [
      fakeClient('elbv2', ElasticLoadBalancingV2Client, {
        DescribeLoadBalancers: paged('LoadBalancers', ELB_PAGES, lbCount, (i) => ({
          LoadBalancerArn: lbArn(i),
          LoadBalancerName: `lb-${i}`,
          Type: 'application',
          Scheme: 'internet-facing',
          State: { Code: 'active' },
          AvailabilityZones: [{ ZoneName: 'eu-west-1a' }, { ZoneName: 'eu-west-1b' }],
          CreatedTime: CREATED,
        })),
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
        DescribeTargetGroups: paged('TargetGroups', ELB_PAGES, lbCount, (i) => ({
          TargetGroupArn: `${lbArn(i)}-tg`,
          TargetGroupName: `tg-${i}`,
          LoadBalancerArns: [lbArn(i)],
        })),
        DescribeTargetHealth: () => ({
          TargetHealthDescriptions: [{ TargetHealth: { State: 'healthy' } }],
        }),
        DescribeTags: (input) => ({
          TagDescriptions: atMost(input.ResourceArns, 20, 'ARNs').map((ResourceArn) => ({
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
      }),
      cloudwatch(),
    ],
  };
}

// ------------------------------------ ElastiCache: N/4 cache clusters, N/20 replication groups
function elasticacheScenario(): Scenario {
  const groups = share(1 / 20);
  const members = groups * 3;
  const clusterCount = Math.max(members + 1, share(1 / 4));
  const arn = (kind: string, id: string) =>
    `arn:aws:elasticache:${REGION}:${ACCOUNT}:${kind}:${id}`;
  const clusterId = (i: number) =>
    i < members ? `rg-${pad(Math.floor(i / 3))}-00${(i % 3) + 1}` : `cc-${pad(i)}`;
  const cluster = (i: number): ec.CacheCluster => {
    const member = i < members;
    const memcached = !member && i % 2 === 0;
    return {
      CacheClusterId: clusterId(i),
      ARN: arn('cluster', clusterId(i)),
      CacheNodeType: 'cache.t4g.small',
      Engine: memcached ? 'memcached' : 'redis',
      EngineVersion: memcached ? '1.6.22' : '7.1.0',
      CacheClusterStatus: 'available',
      NumCacheNodes: memcached ? 2 : 1,
      PreferredAvailabilityZone: 'eu-west-1a',
      CacheClusterCreateTime: CREATED,
      CacheSubnetGroupName: 'cache-subnets',
      AutoMinorVersionUpgrade: true,
      ...(member ? { ReplicationGroupId: `rg-${pad(Math.floor(i / 3))}` } : {}),
      SnapshotRetentionLimit: memcached ? 0 : i % 3,
      AuthTokenEnabled: member,
      TransitEncryptionEnabled: member || i % 4 === 1,
      AtRestEncryptionEnabled: !memcached,
    };
  };
  const group = (g: number): ec.ReplicationGroup => {
    const ids = [0, 1, 2].map((m) => clusterId(g * 3 + m));
    return {
      ReplicationGroupId: `rg-${pad(g)}`,
      ARN: arn('replicationgroup', `rg-${pad(g)}`),
      Description: 'bench',
      Status: 'available',
      MemberClusters: ids,
      NodeGroups: [
        {
          NodeGroupId: '0001',
          Status: 'available',
          NodeGroupMembers: ids.map((CacheClusterId, m) => ({
            CacheClusterId,
            CacheNodeId: '0001',
            PreferredAvailabilityZone: `eu-west-1${'abc'[m]}`,
            CurrentRole: m === 0 ? 'primary' : 'replica',
          })),
        },
      ],
      AutomaticFailover: 'enabled',
      MultiAZ: g % 2 === 0 ? 'enabled' : 'disabled',
      SnapshotRetentionLimit: 7,
      ClusterEnabled: false,
      CacheNodeType: 'cache.t4g.small',
      AuthTokenEnabled: true,
      TransitEncryptionEnabled: true,
      TransitEncryptionMode: 'required',
      AtRestEncryptionEnabled: true,
      UserGroupIds: [],
      ReplicationGroupCreateTime: CREATED,
      AutoMinorVersionUpgrade: true,
      Engine: 'redis',
    };
  };
  return {
    scanner: elasticacheScanner,
    resources: clusterCount + groups,
    counted: `${clusterCount} cache clusters (${members} in ${groups} replication groups of 3) + ${groups} replication groups`,
    perResourceBecause: {},
    clients: () => [
      fakeClient('elasticache', ElastiCacheClient, {
        DescribeCacheClusters: paged('CacheClusters', RECORDS_100, clusterCount, cluster),
        DescribeReplicationGroups: paged('ReplicationGroups', RECORDS_100, groups, group),
      }),
      cloudwatch(),
    ],
  };
}

// ------------------------------------------- Redshift: N/8 clusters, 6 parameter groups in use
function redshiftScenario(): Scenario {
  const count = share(1 / 8);
  const groupOf = (i: number) => (i % 6 === 0 ? 'default.redshift-1.0' : `pg-${i % 6}`);
  const cluster = (i: number): rs.Cluster => ({
    ClusterIdentifier: `rs-${pad(i)}`,
    NodeType: 'ra3.xlplus',
    ClusterStatus: 'available',
    ClusterAvailabilityStatus: 'Available',
    MasterUsername: 'admin',
    DBName: 'dev',
    Endpoint: { Address: `rs-${pad(i)}.abc.${REGION}.redshift.amazonaws.com`, Port: 5439 },
    ClusterCreateTime: CREATED,
    AutomatedSnapshotRetentionPeriod: i % 5 === 0 ? 0 : 1,
    ClusterParameterGroups: [{ ParameterGroupName: groupOf(i), ParameterApplyStatus: 'in-sync' }],
    VpcId: 'vpc-0a1b2c3d',
    ClusterVersion: '1.0',
    AllowVersionUpgrade: true,
    NumberOfNodes: 2,
    PubliclyAccessible: i % 7 === 0,
    Encrypted: i % 3 !== 0,
    ...(i % 3 !== 0 ? { KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-${i % 3}` } : {}),
    EnhancedVpcRouting: i % 2 === 0,
  });
  const parameters = (group: string): rs.Parameter[] => [
    { ParameterName: 'auto_analyze', ParameterValue: 'true', Source: 'engine-default' },
    { ParameterName: 'datestyle', ParameterValue: 'ISO, MDY', Source: 'engine-default' },
    { ParameterName: 'enable_user_activity_logging', ParameterValue: 'false' },
    { ParameterName: 'max_concurrency_scaling_clusters', ParameterValue: '1' },
    { ParameterName: 'query_group', ParameterValue: 'default' },
    {
      ParameterName: 'require_ssl',
      ParameterValue: group.startsWith('default') ? 'false' : 'true',
      Source: group.startsWith('default') ? 'engine-default' : 'user',
    },
    { ParameterName: 'search_path', ParameterValue: '$user, public' },
    { ParameterName: 'statement_timeout', ParameterValue: '0' },
    { ParameterName: 'use_fips_ssl', ParameterValue: 'false' },
    { ParameterName: 'wlm_json_configuration', ParameterValue: '[{"auto_wlm":true}]' },
  ];
  return {
    scanner: redshiftScanner,
    resources: count,
    counted: `${count} clusters (6 parameter groups among them)`,
    perResourceBecause: {
      'redshift:DescribeLoggingStatus': 'takes one ClusterIdentifier; no batch form',
      'redshift:DescribeClusterParameters':
        'takes one parameter group: once per group in use, not per cluster',
    },
    clients: () => [
      fakeClient('redshift', RedshiftClient, {
        DescribeClusters: paged('Clusters', RECORDS_100, count, cluster),
        DescribeLoggingStatus: (input): rs.LoggingStatus => {
          const i = Number(String(input.ClusterIdentifier).slice(3));
          return i % 2 === 0
            ? {
                LoggingEnabled: true,
                BucketName: 'audit-logs',
                S3KeyPrefix: `rs-${pad(i)}/`,
                LogDestinationType: 's3',
                LogExports: ['connectionlog', 'userlog', 'useractivitylog'],
                LastSuccessfulDeliveryTime: CREATED,
              }
            : { LoggingEnabled: false };
        },
        DescribeClusterParameters: paged(
          'Parameters',
          RECORDS_100,
          (input) => parameters(String(input.ParameterGroupName)).length,
          (k, input) => parameters(String(input.ParameterGroupName))[k],
        ),
      }),
      cloudwatch(),
    ],
  };
}

// ------------------ ECS: N/100 clusters, N/4 services, N/10 task definition families × 3 revisions
function ecsScenario(): Scenario {
  const clusterCount = share(1 / 100);
  const serviceCount = share(1 / 4);
  const families = share(1 / 10);
  const REVISIONS = 3;
  const clusterArn = (c: number) => `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/cl-${pad(c, 3)}`;
  const clusterIndex = (arn: unknown) => Number(String(arn).slice(-3));
  const servicesIn = (c: number) =>
    Math.floor(serviceCount / clusterCount) + (c < serviceCount % clusterCount ? 1 : 0);
  const serviceArn = (c: number, s: number) =>
    `arn:aws:ecs:${REGION}:${ACCOUNT}:service/cl-${pad(c, 3)}/svc-${pad(s)}`;
  const taskDefinitionArn = (family: number, revision: number) =>
    `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/fam-${pad(family)}:${revision}`;
  const describeCluster = (arn: string): ecs.Cluster => {
    const c = clusterIndex(arn);
    return {
      clusterArn: arn,
      clusterName: `cl-${pad(c, 3)}`,
      status: 'ACTIVE',
      registeredContainerInstancesCount: 0,
      runningTasksCount: servicesIn(c) * 2,
      pendingTasksCount: 0,
      activeServicesCount: servicesIn(c),
      settings: [{ name: 'containerInsights', value: c % 2 === 0 ? 'enabled' : 'disabled' }],
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
    };
  };
  const describeService = (arn: string): ecs.Service => {
    const [, cluster, name] = /service\/([^/]+)\/(.+)$/.exec(arn)!;
    const s = Number(name!.slice(4));
    return {
      serviceArn: arn,
      serviceName: name,
      clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${cluster}`,
      status: 'ACTIVE',
      desiredCount: 2,
      runningCount: s % 10 === 0 ? 1 : 2,
      pendingCount: 0,
      launchType: 'FARGATE',
      platformVersion: 'LATEST',
      taskDefinition: taskDefinitionArn(s % families, REVISIONS),
      createdAt: CREATED,
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: ['subnet-0a', 'subnet-0b'],
          securityGroups: ['sg-0a'],
          assignPublicIp: s % 5 === 0 ? 'ENABLED' : 'DISABLED',
        },
      },
      schedulingStrategy: 'REPLICA',
    };
  };
  /** A family's name (its latest ACTIVE revision), `family:revision` or a revision's ARN. */
  const describeTaskDefinition = (name: string): ecs.TaskDefinition => {
    const [, family, asked] = /fam-(\d+)(?::(\d+))?$/.exec(name) ?? [];
    const f = Number(family);
    const revision = asked === undefined ? REVISIONS : Number(asked);
    if (family === undefined || f >= families || revision > REVISIONS)
      throw awsError('ClientException', 'Unable to describe task definition.');
    return {
      taskDefinitionArn: taskDefinitionArn(f, revision),
      family: `fam-${family}`,
      revision,
      status: 'ACTIVE',
      networkMode: 'awsvpc',
      compatibilities: ['EC2', 'FARGATE'],
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      registeredAt: CREATED,
      containerDefinitions: [
        {
          name: 'app',
          image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/app:${revision}`,
          essential: true,
          privileged: f % 20 === 0,
          readonlyRootFilesystem: f % 2 === 0,
          environment: [
            { name: 'LOG_LEVEL', value: 'info' },
            ...(f % 10 === 0 ? [{ name: 'DB_PASSWORD', value: 'plain' }] : []),
          ],
          secrets: [{ name: 'API_KEY', valueFrom: `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/k` }],
        },
      ],
    };
  };
  return {
    scanner: ecsScanner,
    resources: clusterCount + serviceCount + families,
    counted: `${clusterCount} cluster${clusterCount === 1 ? '' : 's'} + ${serviceCount} services + ${families} task definition families (${REVISIONS} ACTIVE revisions each)`,
    perResourceBecause: {
      'ecs:ListServices': 'takes one cluster (once per cluster, 100 ARNs a page)',
      'ecs:DescribeServices': 'takes up to 10 services of one cluster',
      'ecs:DescribeTaskDefinition': 'takes one task definition family (or revision); no batch form',
    },
    clients: () => [
      fakeClient('ecs', ECSClient, {
        ListClusters: paged('clusterArns', NEXT_TOKEN_100(100), clusterCount, clusterArn),
        DescribeClusters: (input): ecs.DescribeClustersResponse => ({
          clusters: atMost(input.clusters, 100, 'clusters').map(describeCluster),
          failures: [],
        }),
        ListServices: paged(
          'serviceArns',
          NEXT_TOKEN_100(10),
          (input) => servicesIn(clusterIndex(input.cluster)),
          (s, input) => serviceArn(clusterIndex(input.cluster), s),
        ),
        DescribeServices: (input): ecs.DescribeServicesResponse => ({
          services: atMost(input.services, 10, 'services').map(describeService),
          failures: [],
        }),
        ListTaskDefinitionFamilies: paged(
          'families',
          NEXT_TOKEN_100(100),
          families,
          (f) => `fam-${pad(f)}`,
        ),
        DescribeTaskDefinition: (input): ecs.DescribeTaskDefinitionResponse => ({
          taskDefinition: describeTaskDefinition(String(input.taskDefinition)),
        }),
      }),
      cloudwatch(),
    ],
  };
}

// ---------------------------------------------------------------- EKS: N/8 clusters
function eksScenario(): Scenario {
  const count = share(1 / 8);
  const describe = (name: string): eks.Cluster => {
    const i = Number(name.slice(4));
    return {
      name,
      arn: `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/${name}`,
      createdAt: CREATED,
      version: ['1.28', '1.30', '1.32'][i % 3],
      endpoint: `https://${i.toString(16).toUpperCase()}.gr7.${REGION}.eks.amazonaws.com`,
      roleArn: `arn:aws:iam::${ACCOUNT}:role/eks`,
      resourcesVpcConfig: {
        subnetIds: ['subnet-0a', 'subnet-0b'],
        securityGroupIds: [],
        clusterSecurityGroupId: 'sg-0c',
        vpcId: 'vpc-0a1b2c3d',
        endpointPublicAccess: i % 2 === 0,
        endpointPrivateAccess: true,
        publicAccessCidrs: i % 2 === 0 ? ['0.0.0.0/0'] : [],
      },
      logging: {
        clusterLogging: [
          { types: ['api', 'audit'], enabled: i % 3 !== 0 },
          { types: ['authenticator', 'controllerManager', 'scheduler'], enabled: false },
        ],
      },
      status: 'ACTIVE',
      platformVersion: 'eks.9',
      ...(i % 4 === 0
        ? {
            encryptionConfig: [
              {
                resources: ['secrets'],
                provider: { keyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-eks` },
              },
            ],
          }
        : {}),
      upgradePolicy: { supportType: i % 5 === 0 ? 'EXTENDED' : 'STANDARD' },
    };
  };
  return {
    scanner: eksScanner,
    resources: count,
    counted: `${count} clusters`,
    perResourceBecause: {
      'eks:DescribeCluster':
        'takes one cluster name (ListClusters gives names only); no batch form',
    },
    clients: () => [
      fakeClient('eks', EKSClient, {
        ListClusters: paged('clusters', NEXT_TOKEN_100(100), count, (i) => `eks-${pad(i)}`),
        DescribeCluster: (input): eks.DescribeClusterResponse => ({
          cluster: describe(String(input.name)),
        }),
      }),
    ],
  };
}

// ---------------------------------------------------------------- Route 53: N/4 hosted zones
function route53Scenario(): Scenario {
  const count = share(1 / 4);
  /** Public: 3 zones in 5; every tenth zone holds 700 record sets (3 pages), the others 12. */
  const isPrivate = (z: number) => z % 5 >= 3;
  const recordsIn = (z: number) => (z % 10 === 0 ? 700 : 12);
  const zoneIdOf = (z: number) => `Z${pad(z, 6)}BENCH`;
  const zoneName = (z: number) => `zone-${pad(z)}.example.com.`;
  const zones = Array.from({ length: count }, (_, z) => z);
  const publicCount = zones.filter((z) => !isPrivate(z)).length;
  /** Query logging on every other public zone. */
  const logged = zones.filter((z) => !isPrivate(z) && z % 2 === 0);
  const zone = (z: number): r53.HostedZone => ({
    Id: `/hostedzone/${zoneIdOf(z)}`,
    Name: zoneName(z),
    CallerReference: `bench-${z}`,
    Config: { Comment: 'bench', PrivateZone: isPrivate(z) },
    ResourceRecordSetCount: recordsIn(z),
  });
  /** Every ninth record is a CNAME to an S3 website bucket; the account owns every other one. */
  const siteBucket = (z: number, k: number) => `site-${pad(z)}-${pad(k, 5)}`;
  const owned = zones.flatMap((z) =>
    Array.from({ length: recordsIn(z) }, (_, k) => k)
      .filter((k) => k >= 2 && k % 18 === 0)
      .map((k) => siteBucket(z, k)),
  );
  /**
   * The address of plain A record k of zone z: in EC2's eu-west-1 range (54.72.0.0/15); the account
   * holds it as an Elastic IP when its last byte is even, else it was released.
   */
  const address = (z: number, k: number) => `54.72.${z % 256}.${k % 256}`;
  const isHeld = (ip: string) => Number(ip.split('.')[3]) % 2 === 0;
  /** Record k of zone z: SOA and NS at the apex, then A, CNAME and alias records, in name order. */
  const record = (z: number, k: number): r53.ResourceRecordSet => {
    const apex = zoneName(z);
    if (k === 0)
      return {
        Name: apex,
        Type: 'NS',
        TTL: 172800,
        ResourceRecords: [{ Value: 'ns-1.awsdns-01.org.' }],
      };
    if (k === 1)
      return {
        Name: apex,
        Type: 'SOA',
        TTL: 900,
        ResourceRecords: [{ Value: 'ns-1.awsdns-01.org. hostmaster. 1 7200 900 1209600 86400' }],
      };
    const name = `r${pad(k, 5)}.${apex}`;
    if (k % 9 === 0)
      return {
        Name: name,
        Type: 'CNAME',
        TTL: 300,
        ResourceRecords: [{ Value: `${siteBucket(z, k)}.s3-website-${REGION}.amazonaws.com` }],
      };
    if (k % 3 === 0)
      return {
        Name: name,
        Type: 'CNAME',
        TTL: 300,
        ResourceRecords: [{ Value: `t${k}.example.net.` }],
      };
    if (k % 3 === 1)
      return {
        Name: name,
        Type: 'A',
        AliasTarget: {
          HostedZoneId: 'Z32O12XQLNTSW2',
          DNSName: `lb-${k}.${REGION}.elb.amazonaws.com.`,
          EvaluateTargetHealth: false,
        },
      };
    return { Name: name, Type: 'A', TTL: 300, ResourceRecords: [{ Value: address(z, k) }] };
  };
  const zoneIndex = (id: unknown) =>
    Number(/^(?:\/hostedzone\/)?Z(\d+)BENCH$/.exec(String(id))![1]);
  /** Where StartRecordName/StartRecordType point: that record set itself starts the page. */
  const startOf = (z: number, input: Input): number => {
    if (!input.StartRecordName) return 0;
    const name = String(input.StartRecordName);
    if (name === zoneName(z)) return input.StartRecordType === 'SOA' ? 1 : 0;
    return Number(/^r(\d+)\./.exec(name)![1]);
  };
  return {
    scanner: route53Scanner,
    resources: count,
    counted: `${count} hosted zones (${publicCount} public; every tenth has 700 record sets, the others 12; every ninth record a CNAME to an S3 website bucket, ${owned.length} of them the account's; plain A records on EC2 addresses, every other one the account's Elastic IP)`,
    perResourceBecause: {
      'route53:ListResourceRecordSets':
        'takes one hosted zone (pages of 300 record sets); no account-wide listing',
      'route53:GetDNSSEC': 'takes one hosted zone (public zones only); no batch form',
    },
    clients: () => [
      fakeClient('route53', Route53Client, {
        ListHostedZones: paged(
          'HostedZones',
          { token: 'Marker', next: 'NextMarker', size: 'MaxItems', default: 100, max: 100 },
          count,
          zone,
          (input, more, size): Partial<r53.ListHostedZonesResponse> => ({
            Marker: input.Marker as string | undefined,
            IsTruncated: more,
            MaxItems: size,
          }),
        ),
        ListQueryLoggingConfigs: paged(
          'QueryLoggingConfigs',
          { token: 'NextToken', size: 'MaxResults', default: 100, max: 100 },
          logged.length,
          (k): r53.QueryLoggingConfig => ({
            Id: `qlc-${logged[k]!}`,
            HostedZoneId: zoneIdOf(logged[k]!),
            CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/route53/${zoneName(logged[k]!)}`,
          }),
        ),
        ListResourceRecordSets: (input): r53.ListResourceRecordSetsResponse => {
          const size = Number(input.MaxItems ?? 300);
          if (size > 300) throw awsError('InvalidInput', `MaxItems ${size} above 300`);
          const z = zoneIndex(input.HostedZoneId);
          const start = startOf(z, input);
          const end = Math.min(recordsIn(z), start + size);
          const next = end < recordsIn(z) ? record(z, end) : undefined;
          return {
            ResourceRecordSets: Array.from({ length: end - start }, (_, k) => record(z, start + k)),
            IsTruncated: next !== undefined,
            ...(next ? { NextRecordName: next.Name, NextRecordType: next.Type } : {}),
            MaxItems: size,
          };
        },
        GetDNSSEC: (input): r53.GetDNSSECResponse => {
          const z = zoneIndex(input.HostedZoneId);
          if (isPrivate(z)) throw awsError('InvalidArgument', 'DNSSEC is for public zones only');
          return {
            Status: { ServeSignature: z % 3 === 0 ? 'SIGNING' : 'NOT_SIGNING' },
            KeySigningKeys: [],
          };
        },
      }),
      fakeClient('s3', S3Client, {
        ListBuckets: paged(
          'Buckets',
          { token: 'ContinuationToken', size: 'MaxBuckets', default: 10_000, max: 10_000 },
          owned.length,
          (i): s3.Bucket => ({ Name: owned[i]!, CreationDate: CREATED, BucketRegion: REGION }),
          (): Partial<s3.ListBucketsOutput> => ({ Owner: { ID: 'bench-owner' } }),
        ),
      }),
      fakeClient('ec2', EC2Client, {
        // Unpaged: every Elastic IP of the region, the held half of the A records' addresses.
        DescribeAddresses: (): ec2.DescribeAddressesResult => ({
          Addresses: [
            ...new Set(
              zones.flatMap((z) =>
                Array.from({ length: recordsIn(z) }, (_, k) => address(z, k)).filter(isHeld),
              ),
            ),
          ].map((ip) => ({
            PublicIp: ip,
            AllocationId: `eipalloc-${ip.replaceAll('.', '')}`,
            Domain: 'vpc',
          })),
        }),
        DescribeNetworkInterfaces: (input): ec2.DescribeNetworkInterfacesResult => {
          atMost(
            (input as ec2.DescribeNetworkInterfacesRequest).Filters?.[0]?.Values,
            200,
            'values',
          );
          return { NetworkInterfaces: [] };
        },
      }),
    ],
  };
}

// ------------------------------- API Gateway: N/4 REST APIs, N/4 HTTP/WebSocket APIs, 2 stages each
function apiGatewayScenario(): Scenario {
  const restCount = share(1 / 4);
  const v2Count = share(1 / 4);
  /** Custom domain names, one for every ten APIs (both APIs list the same domains). */
  const domainCount = share(1 / 20);
  const STAGES = ['dev', 'prod'];
  const restStage = (i: number, stageName: string): apigw.Stage => ({
    deploymentId: `dep${i}`,
    stageName,
    cacheClusterEnabled: stageName === 'prod' && i % 4 === 0,
    ...(stageName === 'prod' && i % 4 === 0
      ? { cacheClusterSize: '0.5', cacheClusterStatus: 'AVAILABLE' }
      : {}),
    methodSettings: {
      '*/*': {
        loggingLevel: i % 3 === 0 ? 'OFF' : 'INFO',
        metricsEnabled: false,
        dataTraceEnabled: false,
        cachingEnabled: stageName === 'prod' && i % 4 === 0,
        cacheDataEncrypted: i % 8 === 0,
      },
    },
    tracingEnabled: i % 2 === 0,
    ...(i % 5 === 0
      ? { webAclArn: `arn:aws:wafv2:${REGION}:${ACCOUNT}:regional/webacl/acl/1` }
      : {}),
    ...(i % 2 === 1
      ? {
          accessLogSettings: {
            format: '$context.requestId',
            destinationArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:api-${i}`,
          },
        }
      : {}),
    createdDate: CREATED,
    lastUpdatedDate: CREATED,
  });
  const v2Stage = (i: number, StageName: string): apigw2.Stage => ({
    StageName,
    DeploymentId: `dep${i}`,
    AutoDeploy: StageName === 'dev',
    CreatedDate: CREATED,
    LastUpdatedDate: CREATED,
    DefaultRouteSettings: {
      DetailedMetricsEnabled: i % 2 === 0,
      ...(i % 2 === 1
        ? { LoggingLevel: i % 3 === 0 ? 'OFF' : 'ERROR', DataTraceEnabled: false }
        : {}),
      ThrottlingBurstLimit: 5000,
      ThrottlingRateLimit: 10000,
    },
    RouteSettings: {},
    ...(i % 3 !== 0
      ? {
          AccessLogSettings: {
            DestinationArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:apiv2-${i}`,
            Format: '$context.requestId',
          },
        }
      : {}),
    StageVariables: {},
    Tags: {},
  });
  const v2Index = (id: unknown) => Number(String(id).slice(2));
  return {
    scanner: apiGatewayScanner,
    resources: restCount + v2Count,
    counted: `${restCount} REST APIs + ${v2Count} HTTP/WebSocket APIs (${STAGES.length} stages each)`,
    perResourceBecause: {
      'apigateway:GetStages': 'takes one REST API; no batch form',
      'apigateway:GetResources':
        'takes one REST API (its resources with their methods); no batch form',
      'apigatewayv2:GetStages': 'takes one API; no batch form',
      'apigatewayv2:GetRoutes': 'takes one API; no batch form',
    },
    clients: () => [
      fakeClient('apigateway', APIGatewayClient, {
        GetRestApis: paged(
          'items',
          { token: 'position', size: 'limit', default: 25, max: 500 },
          restCount,
          (i): apigw.RestApi => ({
            id: `r${pad(i, 6)}`,
            name: `rest-${i}`,
            createdDate: CREATED,
            apiKeySource: 'HEADER',
            endpointConfiguration: { types: [i % 4 === 0 ? 'PRIVATE' : 'REGIONAL'] },
            disableExecuteApiEndpoint: false,
            rootResourceId: `root${i}`,
          }),
        ),
        GetStages: (input): apigw.Stages => ({
          item: STAGES.map((s) => restStage(Number(String(input.restApiId).slice(1)), s)),
        }),
        // Three resources an API, each with its methods (embed=methods); every third API open.
        GetResources: paged(
          'items',
          { token: 'position', size: 'limit', default: 25, max: 500 },
          3,
          (k, input): apigw.Resource => {
            const i = Number(String(input.restApiId).slice(1));
            const path = ['/', '/orders', '/orders/{id}'][k]!;
            const authorizationType = i % 3 === 0 && k === 1 ? 'NONE' : 'AWS_IAM';
            return {
              id: `res${k}`,
              path,
              resourceMethods: {
                GET: { httpMethod: 'GET', authorizationType, apiKeyRequired: false },
                OPTIONS: { httpMethod: 'OPTIONS', authorizationType: 'NONE' },
              },
            };
          },
        ),
        GetDomainNames: paged(
          'items',
          { token: 'position', size: 'limit', default: 25, max: 500 },
          domainCount,
          (k): apigw.DomainName => ({
            domainName: `api-${k}.example.com`,
            regionalDomainName: `d-${pad(k, 6)}.execute-api.${REGION}.amazonaws.com`,
            endpointConfiguration: { types: ['REGIONAL'] },
            securityPolicy: k % 4 === 0 ? 'TLS_1_0' : 'TLS_1_2',
            domainNameStatus: 'AVAILABLE',
          }),
        ),
      }),
      fakeClient('apigatewayv2', ApiGatewayV2Client, {
        GetApis: paged(
          'Items',
          { token: 'NextToken', size: 'MaxResults', default: 25, max: 500 },
          v2Count,
          (i): apigw2.Api => {
            const websocket = i % 2 === 1;
            return {
              ApiId: `v2${pad(i, 6)}`,
              Name: `api-${i}`,
              ProtocolType: websocket ? 'WEBSOCKET' : 'HTTP',
              ApiEndpoint: `${websocket ? 'wss' : 'https'}://v2${pad(i, 6)}.execute-api.${REGION}.amazonaws.com`,
              ApiKeySelectionExpression: '$request.header.x-api-key',
              RouteSelectionExpression: websocket
                ? '$request.body.action'
                : '$request.method $request.path',
              CreatedDate: CREATED,
              DisableExecuteApiEndpoint: false,
              IpAddressType: 'ipv4',
              Tags: {},
            };
          },
        ),
        GetStages: paged(
          'Items',
          { token: 'NextToken', size: 'MaxResults', default: 25, max: 500 },
          STAGES.length,
          (k, input) => v2Stage(v2Index(input.ApiId), STAGES[k]!),
        ),
        // HTTP APIs: GET and POST routes and $default; WebSocket APIs: $connect and $default.
        GetRoutes: paged(
          'Items',
          { token: 'NextToken', size: 'MaxResults', default: 25, max: 500 },
          3,
          (k, input): apigw2.Route => {
            const i = v2Index(input.ApiId);
            const websocket = i % 2 === 1;
            const keys = websocket
              ? ['$connect', '$default', 'sendmessage']
              : ['GET /orders', 'POST /orders', '$default'];
            const open = (websocket && k === 0 && i % 3 === 0) || (!websocket && k === 2);
            return {
              RouteId: `rt${k}`,
              RouteKey: keys[k]!,
              AuthorizationType: open ? 'NONE' : websocket ? 'CUSTOM' : 'JWT',
              ApiKeyRequired: false,
            };
          },
        ),
        GetDomainNames: paged(
          'Items',
          { token: 'NextToken', size: 'MaxResults', default: 25, max: 500 },
          domainCount,
          (k): apigw2.DomainName => ({
            DomainName: `api-${k}.example.com`,
            DomainNameConfigurations: [
              {
                ApiGatewayDomainName: `d-${pad(k, 6)}.execute-api.${REGION}.amazonaws.com`,
                EndpointType: 'REGIONAL',
                SecurityPolicy: k % 4 === 0 ? 'TLS_1_0' : 'TLS_1_2',
                DomainNameStatus: 'AVAILABLE',
              },
            ],
          }),
        ),
      }),
      cloudwatch(),
    ],
  };
}

const SCENARIOS: readonly (() => Scenario)[] = [
  lambdaScenario,
  elbv2Scenario,
  elasticacheScenario,
  redshiftScenario,
  ecsScenario,
  eksScenario,
  route53Scenario,
  apiGatewayScenario,
  ...SERVICE_SCENARIOS,
];

/** What the scenarios of aws-breadth-services.ts share with these. */
export {
  ACCOUNT,
  atMost,
  awsError,
  cloudwatch,
  CREATED,
  ELB_PAGES,
  fakeClient,
  pad,
  paged,
  REGION,
  share,
  total,
};
export type { Input, Paging, Scenario };

/** Reads that failed or were refused (a fake answering wrongly shows here), as `action: code`. */
let failedReads: string[] = [];
const countingLogger: Logger = {
  ...silentLogger,
  warn: (obj) => {
    const { action, code } = obj as { action?: string; code?: string };
    failedReads.push(`${action ?? '?'}: ${code ?? '?'}`);
  },
  child: () => countingLogger,
};

async function run(
  scanner: CloudScanner<AwsClients>,
  awsClients: AwsClients,
): Promise<{ ms: number; events: number }> {
  calls = {};
  unconfigured = new Set();
  failedReads = [];
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
    log: countingLogger,
  });
  for await (const event of stream) if (event.metric_type) events += 1;
  return { ms: Math.round(performance.now() - started), events };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

process.stdout.write(`# aws-breadth N=${total} ${new Date().toISOString()} ${machine()}\n`);
for (const make of SCENARIOS) {
  const scenario = make();
  const { ms, events } = await run(scenario.scanner, clients(scenario.clients()));
  const sum = Object.values(calls).reduce((a, b) => a + b, 0);
  report({
    service: scenario.scanner.service,
    resources: scenario.resources,
    counted: scenario.counted,
    calls: sum,
    calls_per_resource: round(sum / scenario.resources),
    by_operation: calls,
    per_resource_by_operation: Object.fromEntries(
      Object.entries(calls).map(([op, n]) => [op, round(n / scenario.resources)]),
    ),
    per_resource_because: scenario.perResourceBecause,
    events,
    wall_ms: ms,
    ...(unconfigured.size > 0 ? { unconfigured: [...unconfigured] } : {}),
    ...(failedReads.length > 0 ? { failed_reads: [...new Set(failedReads)] } : {}),
  });
}
