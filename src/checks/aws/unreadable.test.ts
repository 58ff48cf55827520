import { describe, expect, it } from 'vitest';
import { CHECKS } from '../index.js';
import * as acm from './acm/fixtures.js';
import * as apigateway from './apigateway/fixtures.js';
import * as cloudfront from './cloudfront/fixtures.js';
import * as cloudtrail from './cloudtrail/fixtures.js';
import * as dynamodb from './dynamodb/fixtures.js';
import * as ec2 from './ec2/fixtures.js';
import * as ecr from './ecr/fixtures.js';
import * as ecs from './ecs/fixtures.js';
import * as eks from './eks/fixtures.js';
import * as elbv2 from './elbv2/fixtures.js';
import * as guardduty from './guardduty/fixtures.js';
import * as iam from './iam/fixtures.js';
import * as kms from './kms/fixtures.js';
import * as lambda from './lambda/fixtures.js';
import * as logs from './logs/fixtures.js';
import * as rds from './rds/fixtures.js';
import * as route53 from './route53/fixtures.js';
import * as backup from './backup/fixtures.js';
import * as opensearch from './opensearch/fixtures.js';
import * as elb from './elb/fixtures.js';
import * as wafv2 from './wafv2/fixtures.js';
import * as redshift from './redshift/fixtures.js';
import * as elasticache from './elasticache/fixtures.js';
import * as macie2 from './macie2/fixtures.js';
import * as inspector2 from './inspector2/fixtures.js';
import * as s3 from './s3/fixtures.js';
import * as secretsmanager from './secretsmanager/fixtures.js';
import * as sns from './sns/fixtures.js';
import * as sqs from './sqs/fixtures.js';
import { allUnreadable, ACCOUNT, REGION, run } from './testing.js';
import * as vpc from './vpc/fixtures.js';

/**
 * One realistic, fully read snapshot per service: resources of every kind the checks look at, each
 * with all its facets. `allUnreadable` then turns every input into a denied read.
 */
const READ_SNAPSHOTS: Record<string, () => unknown> = {
  accessanalyzer: () => ({
    region: REGION,
    analyzers: {
      state: 'available',
      value: [
        {
          arn: `arn:aws:access-analyzer:${REGION}:${ACCOUNT}:analyzer/org`,
          name: 'org',
          type: 'ORGANIZATION',
          status: 'ACTIVE',
        },
      ],
    },
  }),
  acm: () => acm.all,
  apigateway: () => apigateway.all,
  cloudtrail: () => cloudtrail.snapshot([cloudtrail.trail()], cloudtrail.ELSEWHERE),
  config: () => ({
    region: REGION,
    recorders: [{ name: 'default', allSupported: true, includeGlobalResourceTypes: true }],
    statuses: {
      state: 'available',
      value: [{ name: 'default', recording: true, lastStatus: 'Success' }],
    },
    deliveryChannels: {
      state: 'available',
      value: [{ name: 'default', s3BucketName: 'acme-config' }],
    },
  }),
  ebs: () => ({
    region: REGION,
    encryptionByDefault: { state: 'available', value: true },
    defaultKmsKeyId: { state: 'available', value: 'alias/aws/ebs' },
  }),
  ec2: () =>
    ec2.snapshot({
      instances: [ec2.instance('i-1')],
      volumes: [ec2.volume('vol-1')],
      addresses: [
        {
          allocationId: 'eipalloc-1',
          publicIp: '203.0.113.10',
          domain: 'vpc',
          associationId: 'eipassoc-1',
          instanceId: 'i-1',
          tags: {},
        },
      ],
    }),
  ecr: () => ecr.snapshot([ecr.sound, ecr.ruled, ecr.sloppy]),
  ecs: () => ecs.snapshot([ecs.prod, ecs.batch], [ecs.soundTask]),
  eks: () => eks.snapshot([eks.sound, eks.restricted]),
  efs: () => ({
    region: REGION,
    fileSystems: [
      {
        arn: `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-1`,
        id: 'fs-1',
        encrypted: true,
        performanceMode: 'generalPurpose',
        throughputMode: 'bursting',
        lifecycleState: 'available',
        mountTargetCount: 2,
        tags: {},
      },
    ],
  }),
  elbv2: () => elbv2.snapshot([elbv2.lb('web')]),
  guardduty: () => guardduty.snapshot([guardduty.detector('d1')]),
  iam: () => iam.snapshot({ users: [iam.userRow('alice')] }),
  kms: () =>
    kms.region([
      kms.customerKey('k-1', {}, { state: 'available', value: { enabled: true } }),
      kms.awsManaged,
    ]),
  lambda: () =>
    lambda.snapshot([
      lambda.fn('orders-api', {
        policy: lambda.publicPolicy('open'),
        urls: {
          state: 'available',
          value: [
            {
              url: 'https://x.lambda-url.eu-west-3.on.aws/',
              authType: 'NONE',
              corsAllowOrigins: [],
            },
          ],
        },
      }),
    ]),
  logs: () =>
    logs.monitoring(
      [logs.filter('unauthorized', '{ ($.errorCode = "*UnauthorizedOperation") }')],
      [logs.alarm('unauthorized')],
    ),
  rds: () =>
    rds.snapshot({
      instances: [rds.instance('orders')],
      clusters: [rds.cluster('analytics')],
      snapshots: [rds.dbSnapshot('orders-before-migration')],
    }),
  route53: () => route53.all,
  backup: () => backup.all,
  opensearch: () => opensearch.all,
  elb: () => elb.all,
  wafv2: () => wafv2.all,
  redshift: () => redshift.all,
  elasticache: () => elasticache.all,
  macie2: () => macie2.all,
  inspector2: () => inspector2.all,
  s3: () => s3.snapshot([s3.bucket('acme-data')], s3.configured(s3.ALL_BLOCKED)),
  securityhub: () => ({
    region: REGION,
    hub: {
      state: 'available',
      value: { arn: `arn:aws:securityhub:${REGION}:${ACCOUNT}:hub/default` },
    },
    standards: { state: 'available', value: [] },
  }),
  cloudfront: () =>
    cloudfront.snapshot([
      cloudfront.dist('E1'),
      cloudfront.dist('E2', { origins: [cloudfront.customOrigin()] }),
    ]),
  dynamodb: () => dynamodb.snapshot([dynamodb.table('orders')]),
  secretsmanager: () => secretsmanager.all,
  sns: () => sns.all,
  sqs: () => sqs.snapshot([sqs.open, sqs.dlq, sqs.plain]),
  vpc: () =>
    vpc.snapshot({
      securityGroups: [vpc.group('sg-1', [vpc.tcp(443, 443, '10.0.0.0/8')])],
      networkAcls: [vpc.acl('acl-1', [])],
    }),
};

const awsChecks = CHECKS.all().filter((c) => c.provider === 'aws');
const services = [...new Set(awsChecks.map((c) => c.service))].sort();

describe('unknown is never PASS: every registered check on a snapshot whose inputs are unreadable', () => {
  it('has a read snapshot for every service a check reads', () => {
    expect(services.filter((s) => READ_SNAPSHOTS[s] === undefined)).toEqual([]);
  });

  for (const service of services) {
    const checks = awsChecks.filter((c) => c.service === service);

    it(`${service}: no check passes when every input is denied (${checks.length} checks)`, () => {
      const build = READ_SNAPSHOTS[service];
      if (!build) return;
      const unreadable = allUnreadable(build());
      const passed = checks.flatMap((check) =>
        run(check, unreadable)
          .filter((r) => r.status === 'PASS')
          .map((r) => `${check.id} ${r.resource_id}: ${r.reason}`),
      );
      expect(passed).toEqual([]);
    });
  }
});
