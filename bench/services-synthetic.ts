/**
 * API calls per resource for the VPC, RDS, IAM and S3 scanners on a synthetic account: each
 * client answers at `send()` with pages shaped like AWS's (page sizes honoured, NextToken/Marker),
 * and every call is counted. Usage: tsx bench/services-synthetic.ts [scale]
 */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import {
  DEFAULT_SCAN_OPTIONS,
  silentLogger,
  type CloudScanner,
  type EventDraft,
} from '../src/core/index.js';
import type { AwsClientClass, AwsClients } from '../src/providers/aws/client-factory.js';
import { iamScanner } from '../src/providers/aws/services/iam/scanner.js';
import { rdsScanner } from '../src/providers/aws/services/rds/scanner.js';
import { s3Scanner } from '../src/providers/aws/services/s3/scanner.js';
import { vpcScanner } from '../src/providers/aws/services/vpc/scanner.js';
import { report } from './support.js';

const scale = Number(process.argv[2] ?? 1);
const ACCOUNT = '123456789012';
const hex = (prefix: string, i: number) => `${prefix}-${i.toString(16).padStart(17, '0')}`;

type Answer = (input: Record<string, unknown>) => unknown;
let calls: Record<string, number> = {};

/** A client whose send() answers from `answers`, counting every call; no network, no history. */
function fakeClient<C>(clientClass: AwsClientClass<C>, answers: Record<string, Answer>): C {
  const client = new clientClass({
    region: 'eu-west-1',
    credentials: async () => ({
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'x'.repeat(40),
    }),
    retryMode: 'adaptive',
    maxAttempts: 1,
  } as never) as C & { send: unknown };
  client.send = async (command: {
    constructor: { name: string };
    input: Record<string, unknown>;
  }) => {
    const operation = command.constructor.name.replace(/Command$/, '');
    const answer = answers[operation];
    if (!answer) {
      throw Object.assign(new Error(`${operation} not configured`), {
        name: 'NoSuchConfiguration',
        $metadata: {},
      });
    }
    calls[operation] = (calls[operation] ?? 0) + 1;
    return { $metadata: { httpStatusCode: 200 }, ...(answer(command.input) as object) };
  };
  return client;
}

/** Pages of `total` items: EC2-style NextToken/MaxResults or RDS/IAM-style Marker/MaxRecords/MaxItems. */
function paged<T>(
  total: number,
  make: (i: number) => T,
  key: string,
  style: 'token' | 'marker' | 'iam' = 'token',
): Answer {
  return (input) => {
    const cursor = (style === 'token' ? input.NextToken : input.Marker) as string | undefined;
    const start = cursor ? Number(cursor) : 0;
    const size = Number(input.MaxResults ?? input.MaxRecords ?? input.MaxItems ?? 1000);
    const end = Math.min(total, start + size);
    const items = Array.from({ length: end - start }, (_, k) => make(start + k));
    const next = end < total ? String(end) : undefined;
    if (style === 'token') return { [key]: items, NextToken: next };
    if (style === 'marker') return { [key]: items, Marker: next };
    return { [key]: items, Marker: next, IsTruncated: next !== undefined };
  };
}

function clients(list: object[]): AwsClients {
  const get = <C>(clientClass: AwsClientClass<C>): C => {
    const found = list.find((c) => c instanceof (clientClass as unknown as new () => object));
    if (!found) throw new Error(`no ${clientClass.name}`);
    return found as C;
  };
  return { region: 'eu-west-1', get, inRegion: (clientClass) => get(clientClass) };
}

async function run(scanner: CloudScanner<AwsClients>, region: string, awsClients: AwsClients) {
  calls = {};
  let events = 0;
  const started = performance.now();
  const stream: AsyncIterable<EventDraft> = scanner.scan({
    scanId: 'bench',
    clientId: 'BENCH',
    accountId: ACCOUNT,
    region,
    clients: awsClients,
    options: DEFAULT_SCAN_OPTIONS,
    signal: new AbortController().signal,
    clock: { now: () => new Date() },
    log: silentLogger,
  });
  for await (const _ of stream) events += 1;
  const total = Object.values(calls).reduce((a, b) => a + b, 0);
  return {
    events,
    calls: total,
    byOperation: { ...calls },
    seconds: (performance.now() - started) / 1000,
  };
}

// ---- VPC: 50 VPCs × (6 subnets, 2 route tables, 8 security groups, 1 NACL, 1 flow log, 2 endpoints, 20 ENIs)
const vpcs = 50 * scale;
const vpcCounts = {
  Vpcs: vpcs,
  Subnets: vpcs * 6,
  RouteTables: vpcs * 2,
  InternetGateways: vpcs,
  NatGateways: vpcs,
  SecurityGroups: vpcs * 8,
  NetworkAcls: vpcs,
  FlowLogs: vpcs,
  VpcEndpoints: vpcs * 2,
  VpcPeeringConnections: vpcs / 2,
  NetworkInterfaces: vpcs * 20,
};
const vpcOf = (i: number) => hex('vpc', i % vpcs);
const ec2 = fakeClient(EC2Client, {
  DescribeVpcs: paged(
    vpcCounts.Vpcs,
    (i) => ({
      VpcId: hex('vpc', i),
      CidrBlock: '10.0.0.0/16',
      IsDefault: i === 0,
      State: 'available',
    }),
    'Vpcs',
  ),
  DescribeSubnets: paged(
    vpcCounts.Subnets,
    (i) => ({
      SubnetId: hex('subnet', i),
      VpcId: vpcOf(i),
      AvailabilityZone: `eu-west-1${'abc'[i % 3]}`,
      CidrBlock: `10.0.${i % 250}.0/24`,
    }),
    'Subnets',
  ),
  DescribeRouteTables: paged(
    vpcCounts.RouteTables,
    (i) => ({
      RouteTableId: hex('rtb', i),
      VpcId: vpcOf(i),
      Associations: [{ Main: i < vpcs }],
      Routes: [
        { DestinationCidrBlock: '0.0.0.0/0', GatewayId: hex('igw', i % vpcs), State: 'active' },
      ],
    }),
    'RouteTables',
  ),
  DescribeInternetGateways: paged(
    vpcCounts.InternetGateways,
    (i) => ({
      InternetGatewayId: hex('igw', i),
      Attachments: [{ VpcId: vpcOf(i), State: 'available' }],
    }),
    'InternetGateways',
  ),
  DescribeNatGateways: paged(
    vpcCounts.NatGateways,
    (i) => ({
      NatGatewayId: hex('nat', i),
      VpcId: vpcOf(i),
      SubnetId: hex('subnet', i),
      State: 'available',
    }),
    'NatGateways',
  ),
  DescribeSecurityGroups: paged(
    vpcCounts.SecurityGroups,
    (i) => ({
      GroupId: hex('sg', i),
      GroupName: `sg-${i}`,
      VpcId: vpcOf(i),
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 22,
          ToPort: 22,
          IpRanges: [{ CidrIp: i % 5 ? '10.0.0.0/8' : '0.0.0.0/0' }],
        },
      ],
      IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    }),
    'SecurityGroups',
  ),
  DescribeNetworkAcls: paged(
    vpcCounts.NetworkAcls,
    (i) => ({
      NetworkAclId: hex('acl', i),
      VpcId: vpcOf(i),
      IsDefault: true,
      Entries: [
        {
          RuleNumber: 100,
          Protocol: '-1',
          RuleAction: 'allow',
          Egress: false,
          CidrBlock: '0.0.0.0/0',
        },
      ],
    }),
    'NetworkAcls',
  ),
  DescribeFlowLogs: paged(
    vpcCounts.FlowLogs,
    (i) => ({ FlowLogId: hex('fl', i), ResourceId: vpcOf(i), FlowLogStatus: 'ACTIVE' }),
    'FlowLogs',
  ),
  DescribeVpcEndpoints: paged(
    vpcCounts.VpcEndpoints,
    (i) => ({
      VpcEndpointId: hex('vpce', i),
      VpcId: vpcOf(i),
      ServiceName: 'com.amazonaws.eu-west-1.s3',
      State: 'available',
    }),
    'VpcEndpoints',
  ),
  DescribeVpcPeeringConnections: paged(
    vpcCounts.VpcPeeringConnections,
    (i) => ({
      VpcPeeringConnectionId: hex('pcx', i),
      RequesterVpcInfo: { VpcId: vpcOf(2 * i) },
      AccepterVpcInfo: { VpcId: vpcOf(2 * i + 1) },
      Status: { Code: 'active' },
    }),
    'VpcPeeringConnections',
  ),
  DescribeNetworkInterfaces: paged(
    vpcCounts.NetworkInterfaces,
    (i) => ({
      NetworkInterfaceId: hex('eni', i),
      VpcId: vpcOf(i),
      Groups: [{ GroupId: hex('sg', i % vpcCounts.SecurityGroups) }],
    }),
    'NetworkInterfaces',
  ),
});

// ---- RDS: 200 instances, 20 clusters, 100 manual snapshots
const rdsCounts = { instances: 200 * scale, clusters: 20 * scale, snapshots: 100 * scale };
const rds = fakeClient(RDSClient, {
  DescribeDBInstances: paged(
    rdsCounts.instances,
    (i) => ({
      DBInstanceIdentifier: `db-${i}`,
      DBInstanceArn: `arn:aws:rds:eu-west-1:${ACCOUNT}:db:db-${i}`,
      Engine: 'postgres',
      EngineVersion: '14.10',
      DBInstanceClass: 'db.m5.large',
      MultiAZ: i % 2 === 0,
      StorageEncrypted: true,
      BackupRetentionPeriod: 7,
      PubliclyAccessible: false,
      AllocatedStorage: 100,
      StorageType: 'gp3',
    }),
    'DBInstances',
    'marker',
  ),
  DescribeDBClusters: paged(
    rdsCounts.clusters,
    (i) => ({
      DBClusterIdentifier: `cl-${i}`,
      DBClusterArn: `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:cl-${i}`,
      Engine: 'aurora-postgresql',
      EngineVersion: '14.9',
      MultiAZ: true,
      StorageEncrypted: true,
      BackupRetentionPeriod: 7,
    }),
    'DBClusters',
    'marker',
  ),
  DescribeDBSnapshots: paged(
    rdsCounts.snapshots,
    (i) => ({
      DBSnapshotIdentifier: `snap-${i}`,
      DBSnapshotArn: `arn:aws:rds:eu-west-1:${ACCOUNT}:snapshot:snap-${i}`,
      DBInstanceIdentifier: `db-${i}`,
      SnapshotType: 'manual',
      Encrypted: true,
      SnapshotCreateTime: new Date('2026-01-01'),
    }),
    'DBSnapshots',
    'marker',
  ),
  DescribeDBClusterSnapshots: paged(0, () => ({}), 'DBClusterSnapshots', 'marker'),
  DescribeDBSnapshotAttributes: (input) => ({
    DBSnapshotAttributesResult: {
      DBSnapshotIdentifier: input.DBSnapshotIdentifier,
      DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: [] }],
    },
  }),
});

// RDS performance comes from one batched CloudWatch fetch per region.
const cloudwatch = fakeClient(CloudWatchClient, {
  GetMetricData: (input) => ({
    MetricDataResults: ((input.MetricDataQueries ?? []) as { Id?: string }[]).map((q) => ({
      Id: q.Id,
      StatusCode: 'Complete',
      Timestamps: [new Date()],
      Values: [42],
    })),
  }),
  ListMetrics: () => ({ Metrics: [] }),
});

// ---- IAM: 500 users, 50 groups, 300 roles, 150 customer policies, 200 MFA devices
const iamCounts = {
  users: 500 * scale,
  groups: 50 * scale,
  roles: 300 * scale,
  policies: 150 * scale,
  mfa: 200 * scale,
};
const authTotal = iamCounts.users + iamCounts.groups + iamCounts.roles + iamCounts.policies;
const trust = encodeURIComponent(
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ],
  }),
);
const iamEntity = (i: number) => {
  if (i < iamCounts.users)
    return {
      kind: 'UserDetailList',
      v: {
        UserName: `user-${i}`,
        Arn: `arn:aws:iam::${ACCOUNT}:user/user-${i}`,
        UserId: `AIDA${i}`,
        CreateDate: new Date('2025-01-01'),
        AttachedManagedPolicies: [],
        UserPolicyList: [],
        GroupList: [],
      },
    };
  i -= iamCounts.users;
  if (i < iamCounts.groups)
    return {
      kind: 'GroupDetailList',
      v: {
        GroupName: `group-${i}`,
        Arn: `arn:aws:iam::${ACCOUNT}:group/group-${i}`,
        AttachedManagedPolicies: [],
        GroupPolicyList: [],
      },
    };
  i -= iamCounts.groups;
  if (i < iamCounts.roles)
    return {
      kind: 'RoleDetailList',
      v: {
        RoleName: `role-${i}`,
        Arn: `arn:aws:iam::${ACCOUNT}:role/role-${i}`,
        AssumeRolePolicyDocument: trust,
        AttachedManagedPolicies: [],
        RolePolicyList: [],
      },
    };
  i -= iamCounts.roles;
  return {
    kind: 'Policies',
    v: {
      PolicyName: `policy-${i}`,
      Arn: `arn:aws:iam::${ACCOUNT}:policy/policy-${i}`,
      DefaultVersionId: 'v1',
      PolicyVersionList: [
        {
          VersionId: 'v1',
          IsDefaultVersion: true,
          Document: encodeURIComponent(
            JSON.stringify({
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
            }),
          ),
        },
      ],
    },
  };
};
const csvHeader =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
const csvRows = [
  `<root_account>,arn:aws:iam::${ACCOUNT}:root,2020-01-01T00:00:00+00:00,not_supported,2026-11-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
];
for (let i = 0; i < iamCounts.users; i += 1)
  csvRows.push(
    `user-${i},arn:aws:iam::${ACCOUNT}:user/user-${i},2025-01-01T00:00:00+00:00,true,2026-11-01T00:00:00+00:00,2026-06-01T00:00:00+00:00,N/A,${i % 3 ? 'true' : 'false'},true,2025-06-01T00:00:00+00:00,2026-11-10T00:00:00+00:00,eu-west-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
  );
const iam = fakeClient(IAMClient, {
  GetAccountAuthorizationDetails: (input) => {
    const start = input.Marker ? Number(input.Marker) : 0;
    const end = Math.min(authTotal, start + Number(input.MaxItems ?? 1000));
    const out: Record<string, unknown[]> = {
      UserDetailList: [],
      GroupDetailList: [],
      RoleDetailList: [],
      Policies: [],
    };
    for (let i = start; i < end; i += 1) {
      const { kind, v } = iamEntity(i);
      out[kind]!.push(v);
    }
    return {
      ...out,
      IsTruncated: end < authTotal,
      Marker: end < authTotal ? String(end) : undefined,
    };
  },
  GenerateCredentialReport: () => ({ State: 'COMPLETE' }),
  GetCredentialReport: () => ({
    Content: new TextEncoder().encode([csvHeader, ...csvRows].join('\n')),
    ReportFormat: 'text/csv',
    GeneratedTime: new Date(),
  }),
  GetAccountSummary: () => ({
    SummaryMap: { Users: iamCounts.users, AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 },
  }),
  GetAccountPasswordPolicy: () => ({
    PasswordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true },
  }),
  ListVirtualMFADevices: paged(
    iamCounts.mfa,
    (i) => ({
      SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/user-${i}`,
      User: { UserName: `user-${i}` },
    }),
    'VirtualMFADevices',
    'iam',
  ),
  ListServerCertificates: () => ({ ServerCertificateMetadataList: [], IsTruncated: false }),
});

// ---- S3: 100 buckets in the home region
const bucketCount = 100 * scale;
const notFound = (name: string) => () => {
  throw Object.assign(new Error(name), { name, $metadata: { httpStatusCode: 404 } });
};
const s3 = fakeClient(S3Client, {
  ListBuckets: () => ({
    Buckets: Array.from({ length: bucketCount }, (_, i) => ({
      Name: `bucket-${i}`,
      BucketRegion: 'eu-west-1',
      CreationDate: new Date('2025-01-01'),
    })),
  }),
  GetBucketPolicy: notFound('NoSuchBucketPolicy'),
  GetBucketPolicyStatus: () => ({ PolicyStatus: { IsPublic: false } }),
  GetBucketAcl: () => ({
    Owner: { ID: 'owner' },
    Grants: [{ Grantee: { Type: 'CanonicalUser', ID: 'owner' }, Permission: 'FULL_CONTROL' }],
  }),
  GetPublicAccessBlock: () => ({
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    },
  }),
  GetBucketEncryption: () => ({
    ServerSideEncryptionConfiguration: {
      Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    },
  }),
  GetBucketVersioning: () => ({ Status: 'Enabled' }),
  GetBucketLogging: () => ({}),
  GetBucketLifecycleConfiguration: notFound('NoSuchLifecycleConfiguration'),
  GetObjectLockConfiguration: notFound('ObjectLockConfigurationNotFoundError'),
  GetBucketOwnershipControls: () => ({
    OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
  }),
  GetBucketWebsite: notFound('NoSuchWebsiteConfiguration'),
  GetBucketReplication: notFound('ReplicationConfigurationNotFoundError'),
  GetBucketTagging: notFound('NoSuchTagSet'),
});
const s3control = fakeClient(S3ControlClient, {
  GetPublicAccessBlock: () => ({
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    },
  }),
});

const vpcResources = Object.values(vpcCounts).reduce((a, b) => a + b, 0);
const results = [
  {
    service: 'vpc',
    resources: vpcResources,
    ...(await run(vpcScanner, 'eu-west-1', clients([ec2]))),
  },
  {
    service: 'rds',
    resources: rdsCounts.instances + rdsCounts.clusters + rdsCounts.snapshots,
    ...(await run(rdsScanner, 'eu-west-1', clients([rds, cloudwatch]))),
  },
  {
    service: 'iam',
    resources: authTotal + iamCounts.mfa,
    ...(await run(iamScanner, 'global', clients([iam]))),
  },
  {
    service: 's3',
    resources: bucketCount,
    ...(await run(s3Scanner, 'global', clients([s3, s3control]))),
  },
];
for (const r of results) {
  report({
    bench: 'services-synthetic',
    service: r.service,
    resources: r.resources,
    api_calls: r.calls,
    calls_per_resource: Number((r.calls / r.resources).toFixed(3)),
    events: r.events,
    seconds: Number(r.seconds.toFixed(2)),
    calls_by_operation: r.byOperation,
  });
}
