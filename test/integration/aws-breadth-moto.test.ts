import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateDomainNameCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  CreateApiCommand,
  CreateDomainNameCommand as CreateV2DomainNameCommand,
  CreateRouteCommand,
  CreateStageCommand as CreateV2StageCommand,
} from '@aws-sdk/client-apigatewayv2';
import { AssociateWebACLCommand, CreateWebACLCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { CreateLogGroupCommand, CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import {
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  CreateQueryLoggingConfigCommand,
  Route53Client,
} from '@aws-sdk/client-route-53';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  AllocateAddressCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
  ReleaseAddressCommand,
} from '@aws-sdk/client-ec2';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  ModifyLoadBalancerAttributesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DeleteTaskDefinitionsCommand,
  DeregisterTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { CreateClusterCommand as CreateEksClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import {
  AddPermissionCommand,
  CreateFunctionCommand,
  CreateFunctionUrlConfigCommand,
  LambdaClient,
} from '@aws-sdk/client-lambda';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APIGATEWAY_CHECKS } from '../../src/checks/aws/apigateway/index.js';
import { ECS_CHECKS } from '../../src/checks/aws/ecs/index.js';
import { ROUTE53_CHECKS } from '../../src/checks/aws/route53/index.js';
import { EKS_CHECKS } from '../../src/checks/aws/eks/index.js';
import { ELBV2_CHECKS } from '../../src/checks/aws/elbv2/index.js';
import { LAMBDA_CHECKS } from '../../src/checks/aws/lambda/index.js';
import { collectApiGatewaySnapshot } from '../../src/providers/aws/services/apigateway/collector.js';
import { extractApiGatewayEvents } from '../../src/providers/aws/services/apigateway/extract.js';
import { APIGATEWAY_METRIC as G } from '../../src/providers/aws/services/apigateway/metrics.js';
import type { ApiGatewayRegionSnapshot } from '../../src/providers/aws/services/apigateway/model.js';
import { collectRoute53Snapshot } from '../../src/providers/aws/services/route53/collector.js';
import { extractRoute53Events } from '../../src/providers/aws/services/route53/extract.js';
import { IP_RANGES_URL_ENV } from '../../src/providers/aws/services/route53/ip-ranges.js';
import { ROUTE53_METRIC as R } from '../../src/providers/aws/services/route53/metrics.js';
import type { Route53Snapshot } from '../../src/providers/aws/services/route53/model.js';
import { collectEcsSnapshot } from '../../src/providers/aws/services/ecs/collector.js';
import { extractEcsEvents } from '../../src/providers/aws/services/ecs/extract.js';
import { ECS_METRIC as S } from '../../src/providers/aws/services/ecs/metrics.js';
import type { EcsRegionSnapshot } from '../../src/providers/aws/services/ecs/model.js';
import { collectEksSnapshot } from '../../src/providers/aws/services/eks/collector.js';
import { extractEksEvents } from '../../src/providers/aws/services/eks/extract.js';
import { EKS_METRIC as K } from '../../src/providers/aws/services/eks/metrics.js';
import type { EksRegionSnapshot } from '../../src/providers/aws/services/eks/model.js';
import { collectElbv2Snapshot } from '../../src/providers/aws/services/elbv2/collector.js';
import { extractElbv2Events } from '../../src/providers/aws/services/elbv2/extract.js';
import { ELBV2_METRIC as E } from '../../src/providers/aws/services/elbv2/metrics.js';
import type { Elbv2RegionSnapshot } from '../../src/providers/aws/services/elbv2/model.js';
import { collectLambdaSnapshot } from '../../src/providers/aws/services/lambda/collector.js';
import { extractLambdaEvents } from '../../src/providers/aws/services/lambda/extract.js';
import { LAMBDA_METRIC as L } from '../../src/providers/aws/services/lambda/metrics.js';
import type { LambdaRegionSnapshot } from '../../src/providers/aws/services/lambda/model.js';
import { fakeClients, unitContext, valueOf } from '../../src/providers/aws/testing/unit-context.js';
import type { ApiCallObserver, CheckDefinition } from '../../src/core/index.js';
import { context } from '../../src/checks/aws/testing.js';
import { AwsClientPool, boundClients } from '../../src/providers/aws/client-factory.js';
import { collectS3 } from '../../src/providers/aws/services/s3/collector.js';
import { motoSuiteSkip } from '../support/moto.js';
import {
  checkStatuses,
  MOTO_ACCOUNT as ACCOUNT,
  motoUnit,
  useMotoServer,
} from '../support/moto-suite.js';

/**
 * The services of the AWS breadth work over the wire: real SDK clients against moto, each
 * collector's snapshot, its events and its checks. One scenario per service, each with a clean twin.
 */

const skipReason = motoSuiteSkip('AWS breadth');

const REGION = 'eu-west-1';
/** The smallest valid zip archive (an empty one): moto stores the code without running it. */
const EMPTY_ZIP = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

describe.skipIf(skipReason !== null)('AWS breadth services against moto (real SDK)', () => {
  useMotoServer(REGION);

  describe('Lambda', () => {
    let snapshot: LambdaRegionSnapshot;
    const arn = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;

    beforeAll(async () => {
      const iam = new IAMClient({ region: REGION });
      const role = await iam.send(
        new CreateRoleCommand({
          RoleName: 'lambda-exec',
          AssumeRolePolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Service: 'lambda.amazonaws.com' },
                Action: 'sts:AssumeRole',
              },
            ],
          }),
        }),
      );
      const lambda = new LambdaClient({ region: REGION });
      const create = (name: string, runtime: 'python3.9' | 'nodejs22.x') =>
        lambda.send(
          new CreateFunctionCommand({
            FunctionName: name,
            Runtime: runtime,
            Role: role.Role?.Arn ?? '',
            Handler: 'index.handler',
            Code: { ZipFile: EMPTY_ZIP },
            MemorySize: 256,
            Environment: { Variables: { API_TOKEN: 'moto-secret-value' } },
            Tags: { team: 'checkout' },
          }),
        );
      await create('public-api', 'python3.9');
      await create('private-worker', 'nodejs22.x');
      await lambda.send(
        new CreateFunctionUrlConfigCommand({ FunctionName: 'public-api', AuthType: 'NONE' }),
      );
      await lambda.send(
        new AddPermissionCommand({
          FunctionName: 'public-api',
          StatementId: 'FunctionURLAllowPublicAccess',
          Action: 'lambda:InvokeFunctionUrl',
          Principal: '*',
          FunctionUrlAuthType: 'NONE',
        }),
      );
      await lambda.send(
        new AddPermissionCommand({
          FunctionName: 'private-worker',
          StatementId: 's3-invoke',
          Action: 'lambda:InvokeFunction',
          Principal: 's3.amazonaws.com',
          SourceAccount: ACCOUNT,
          SourceArn: 'arn:aws:s3:::acme-uploads',
        }),
      );
      snapshot = await collectLambdaSnapshot(
        motoUnit(
          REGION,
          new LambdaClient({ region: REGION }),
          new CloudWatchClient({ region: REGION }),
        ),
      );
    }, 60_000);

    it('collects every function with its policy, URL and tags over the wire', () => {
      const events = [...extractLambdaEvents(snapshot, { accountId: ACCOUNT, region: REGION })];

      expect(snapshot.functions.map((f) => f.name).sort()).toEqual([
        'private-worker',
        'public-api',
      ]);
      expect(valueOf(events, arn('public-api'), L.runtime)).toBe('python3.9');
      // moto 5.2.1 has no ListFunctionUrlConfigs: the read is recorded as failed, never guessed.
      expect(valueOf(events, arn('public-api'), L.functionUrlError)).toMatch(
        /^lambda:ListFunctionUrlConfigs: /,
      );
      expect(valueOf(events, arn('public-api'), L.policyPublic)).toBe(true);
      expect(valueOf(events, arn('private-worker'), L.policyPublic)).toBe(false);
      expect(valueOf(events, arn('private-worker'), L.tags)).toEqual({ team: 'checkout' });
      expect(valueOf(events, arn('private-worker'), L.invocationsSum)).toBe(0);
      expect(JSON.stringify(events)).not.toContain('moto-secret-value');
    });

    it('fails the public and deprecated function, passes its clean twin', () => {
      expect(
        checkStatuses(LAMBDA_CHECKS, snapshot, {
          region: REGION,
          now: new Date('2026-07-14T10:00:00Z'),
        }),
      ).toMatchObject({
        lambda_function_runtime_supported: {
          [arn('public-api')]: 'FAIL',
          [arn('private-worker')]: 'PASS',
        },
        lambda_function_policy_public: {
          [arn('public-api')]: 'FAIL',
          [arn('private-worker')]: 'PASS',
        },
        // Unread in moto (see above), so ERROR rather than PASS; the mock tests cover FAIL/PASS.
        lambda_function_url_public: {
          [arn('public-api')]: 'ERROR',
          [arn('private-worker')]: 'ERROR',
        },
      });
    });
  });

  describe('ELBv2', () => {
    let snapshot: Elbv2RegionSnapshot;
    const arns: { clean: string; sloppy: string } = { clean: '', sloppy: '' };

    beforeAll(async () => {
      const ec2 = new EC2Client({ region: REGION });
      const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }))).Vpc?.VpcId;
      const subnet = async (cidr: string, az: string) =>
        (
          await ec2.send(
            new CreateSubnetCommand({ VpcId: vpc, CidrBlock: cidr, AvailabilityZone: az }),
          )
        ).Subnet?.SubnetId ?? '';
      const subnets = [
        await subnet('10.20.1.0/24', 'eu-west-1a'),
        await subnet('10.20.2.0/24', 'eu-west-1b'),
      ];
      const elb = new ElasticLoadBalancingV2Client({ region: REGION });
      const create = async (name: string) =>
        (
          await elb.send(
            new CreateLoadBalancerCommand({ Name: name, Subnets: subnets, Type: 'application' }),
          )
        ).LoadBalancers?.[0]?.LoadBalancerArn ?? '';
      arns.clean = await create('clean');
      arns.sloppy = await create('sloppy');
      const tg =
        (
          await elb.send(
            new CreateTargetGroupCommand({ Name: 'web', Protocol: 'HTTP', Port: 80, VpcId: vpc }),
          )
        ).TargetGroups?.[0]?.TargetGroupArn ?? '';
      await elb.send(
        new CreateListenerCommand({
          LoadBalancerArn: arns.clean,
          Protocol: 'HTTP',
          Port: 80,
          DefaultActions: [
            {
              Type: 'redirect',
              RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' },
            },
          ],
        }),
      );
      await elb.send(
        new CreateListenerCommand({
          LoadBalancerArn: arns.sloppy,
          Protocol: 'HTTP',
          Port: 80,
          DefaultActions: [{ Type: 'forward', TargetGroupArn: tg }],
        }),
      );
      await elb.send(
        new ModifyLoadBalancerAttributesCommand({
          LoadBalancerArn: arns.clean,
          Attributes: [
            { Key: 'deletion_protection.enabled', Value: 'true' },
            { Key: 'access_logs.s3.enabled', Value: 'true' },
            { Key: 'access_logs.s3.bucket', Value: 'acme-elb-logs' },
            { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
          ],
        }),
      );
      // moto 5.2.1 leaves access_logs.s3.enabled out of a new ALB's attributes (AWS always lists it,
      // false by default); set, it is answered as AWS would.
      await elb.send(
        new ModifyLoadBalancerAttributesCommand({
          LoadBalancerArn: arns.sloppy,
          Attributes: [{ Key: 'access_logs.s3.enabled', Value: 'false' }],
        }),
      );
      snapshot = await collectElbv2Snapshot(
        motoUnit(
          REGION,
          new ElasticLoadBalancingV2Client({ region: REGION }),
          new CloudWatchClient({ region: REGION }),
        ),
      );
    }, 60_000);

    it('collects the load balancers with listeners, attributes and targets over the wire', () => {
      const events = [...extractElbv2Events(snapshot, { accountId: ACCOUNT, region: REGION })];

      expect(snapshot.loadBalancers.map((l) => l.name).sort()).toEqual(['clean', 'sloppy']);
      expect(valueOf(events, arns.sloppy, E.plaintextListenerPorts)).toEqual([80]);
      expect(valueOf(events, arns.clean, E.plaintextListenerPorts)).toEqual([]);
      expect(valueOf(events, arns.clean, E.deletionProtectionEnabled)).toBe(true);
      expect(valueOf(events, arns.sloppy, E.deletionProtectionEnabled)).toBe(false);
      expect(valueOf(events, arns.sloppy, E.targetCount)).toBe(0);
    });

    it('fails the sloppy load balancer and passes its clean twin', () => {
      expect(
        checkStatuses(ELBV2_CHECKS, snapshot, {
          region: REGION,
          now: new Date('2026-07-14T10:00:00Z'),
        }),
      ).toMatchObject({
        elbv2_listener_https_redirect: { [arns.clean]: 'PASS', [arns.sloppy]: 'FAIL' },
        elbv2_deletion_protection_enabled: { [arns.clean]: 'PASS', [arns.sloppy]: 'FAIL' },
        elbv2_access_logs_enabled: { [arns.clean]: 'PASS', [arns.sloppy]: 'FAIL' },
      });
    });
  });

  describe('ECS', () => {
    let snapshot: EcsRegionSnapshot;
    const base = `arn:aws:ecs:${REGION}:${ACCOUNT}`;
    const cluster = (name: string) => `${base}:cluster/${name}`;
    const task = (family: string, revision: number) =>
      `${base}:task-definition/${family}:${revision}`;
    /** The region's own facts (the family count, a failed family listing). */
    const regionId = `${base}:region/${REGION}`;

    beforeAll(async () => {
      const ec2 = new EC2Client({ region: REGION });
      const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.30.0.0/16' }))).Vpc?.VpcId;
      const subnet =
        (
          await ec2.send(
            new CreateSubnetCommand({
              VpcId: vpc,
              CidrBlock: '10.30.1.0/24',
              AvailabilityZone: 'eu-west-1a',
            }),
          )
        ).Subnet?.SubnetId ?? '';
      // moto 5.2.1 needs security groups with an awsvpc configuration (AWS defaults to the VPC's).
      const group =
        (
          await ec2.send(
            new CreateSecurityGroupCommand({
              GroupName: 'tasks',
              Description: 'tasks',
              VpcId: vpc,
            }),
          )
        ).GroupId ?? '';
      const ecs = new ECSClient({ region: REGION });
      await ecs.send(
        new CreateClusterCommand({
          clusterName: 'clean',
          settings: [{ name: 'containerInsights', value: 'enabled' }],
        }),
      );
      await ecs.send(new CreateClusterCommand({ clusterName: 'sloppy' }));
      const register = (family: string, container: Record<string, unknown>) =>
        ecs.send(
          new RegisterTaskDefinitionCommand({
            family,
            networkMode: 'awsvpc',
            requiresCompatibilities: ['FARGATE'],
            cpu: '256',
            memory: '512',
            containerDefinitions: [
              {
                name: family,
                image: 'public.ecr.aws/nginx/nginx:1.27',
                essential: true,
                ...container,
              },
            ],
          }),
        );
      await register('clean', {
        readonlyRootFilesystem: true,
        environment: [{ name: 'LOG_LEVEL', value: 'info' }],
      });
      // Two revisions: only the latest is judged.
      await register('sloppy', { readonlyRootFilesystem: true });
      await register('sloppy', {
        privileged: true,
        environment: [{ name: 'DB_PASSWORD', value: 'moto-secret-value' }],
      });
      // A family whose only revision is deregistered and deleted: moto 5.2.1 still lists it (it
      // ignores the ACTIVE filter) and answers its description "Unable to describe task
      // definition.", as AWS does for a family deleted between the list and the description.
      await register('retired', { readonlyRootFilesystem: true });
      await ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: 'retired:1' }));
      await ecs.send(new DeleteTaskDefinitionsCommand({ taskDefinitions: ['retired:1'] }));
      const service = (clusterName: string, name: string, assignPublicIp: 'ENABLED' | 'DISABLED') =>
        ecs.send(
          new CreateServiceCommand({
            cluster: clusterName,
            serviceName: name,
            taskDefinition: name === 'public' ? 'sloppy' : 'clean',
            desiredCount: 1,
            launchType: 'FARGATE',
            networkConfiguration: {
              awsvpcConfiguration: { subnets: [subnet], securityGroups: [group], assignPublicIp },
            },
          }),
        );
      await service('clean', 'private', 'DISABLED');
      await service('sloppy', 'public', 'ENABLED');
      snapshot = await collectEcsSnapshot(
        motoUnit(
          REGION,
          new ECSClient({ region: REGION }),
          new CloudWatchClient({ region: REGION }),
        ),
      );
    }, 60_000);

    it('collects the clusters, their services and the latest task definitions over the wire', () => {
      const events = [...extractEcsEvents(snapshot, { accountId: ACCOUNT, region: REGION })];

      expect(snapshot.clusters.map((c) => c.name).sort()).toEqual(['clean', 'sloppy']);
      expect(valueOf(events, cluster('clean'), S.containerInsights)).toBe('enabled');
      expect(valueOf(events, cluster('sloppy'), S.containerInsights)).toBe('disabled');
      expect(valueOf(events, task('sloppy', 2), S.privilegedContainers)).toEqual(['sloppy']);
      expect(valueOf(events, task('sloppy', 2), S.plainSecretVariables)).toEqual([
        'sloppy/DB_PASSWORD',
      ]);
      expect(valueOf(events, task('sloppy', 1), S.taskDefinitionFamily)).toBeUndefined();
      expect(valueOf(events, task('sloppy', 2), S.taskDefinitionRevision)).toBe(2);
      // Described by family name: the deleted family is left out, not an error.
      expect(snapshot.taskDefinitions).toMatchObject({
        state: 'available',
        value: [
          { family: 'clean', revision: 1 },
          { family: 'sloppy', revision: 2 },
        ],
      });
      expect(events.some((e) => e.resource_id.includes('task-definition/retired'))).toBe(false);
      expect(valueOf(events, regionId, S.readError)).toBeUndefined();
      expect(valueOf(events, regionId, S.taskDefinitionFamilyCount)).toBe(2);
      expect(JSON.stringify(events)).not.toContain('moto-secret-value');
    });

    it('fails the sloppy cluster, service and task definition, passes their clean twins', () => {
      const services = Object.fromEntries(
        snapshot.clusters.flatMap((c) =>
          c.services.state === 'available' ? c.services.value.map((s) => [s.name, s.arn]) : [],
        ),
      );
      expect(
        checkStatuses(ECS_CHECKS, snapshot, {
          region: REGION,
          now: new Date('2026-07-14T10:00:00Z'),
        }),
      ).toMatchObject({
        ecs_cluster_container_insights_enabled: {
          [cluster('clean')]: 'PASS',
          [cluster('sloppy')]: 'FAIL',
        },
        ecs_service_no_assign_public_ip: {
          [services.private!]: 'PASS',
          [services.public!]: 'FAIL',
        },
        ecs_task_definitions_no_privileged_containers: {
          [task('clean', 1)]: 'PASS',
          [task('sloppy', 2)]: 'FAIL',
        },
        ecs_task_definitions_containers_readonly_access: {
          [task('clean', 1)]: 'PASS',
          [task('sloppy', 2)]: 'FAIL',
        },
        ecs_task_definitions_no_environment_secrets: {
          [task('clean', 1)]: 'PASS',
          [task('sloppy', 2)]: 'FAIL',
        },
      });
    });
  });

  describe('EKS', () => {
    let snapshot: EksRegionSnapshot;
    const arn = (name: string) => `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/${name}`;
    const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d`;
    /** The day the checks are judged on: 1.34 in standard support, 1.29 past extended support. */
    const NOW = new Date('2026-07-14T10:00:00Z');

    beforeAll(async () => {
      const eks = new EKSClient({ region: REGION });
      const roleArn = `arn:aws:iam::${ACCOUNT}:role/eks-cluster`;
      await eks.send(
        new CreateEksClusterCommand({
          name: 'clean',
          version: '1.34',
          roleArn,
          resourcesVpcConfig: {
            subnetIds: ['subnet-0a1b2c3d4e5f60001'],
            endpointPublicAccess: false,
            endpointPrivateAccess: true,
          },
          logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: true }] },
          encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: KEY } }],
        }),
      );
      await eks.send(
        new CreateEksClusterCommand({
          name: 'sloppy',
          version: '1.29',
          roleArn,
          resourcesVpcConfig: {
            subnetIds: ['subnet-0a1b2c3d4e5f60001'],
            endpointPublicAccess: true,
            publicAccessCidrs: ['0.0.0.0/0'],
          },
        }),
      );
      snapshot = await collectEksSnapshot(motoUnit(REGION, new EKSClient({ region: REGION })));
    }, 60_000);

    it('collects every cluster with its endpoint, logging and encryption over the wire', () => {
      const events = [...extractEksEvents(snapshot, { clock: { now: () => NOW } })];

      expect(snapshot.clusters.map((c) => c.name).sort()).toEqual(['clean', 'sloppy']);
      expect(valueOf(events, arn('clean'), K.version)).toBe('1.34');
      expect(valueOf(events, arn('clean'), K.versionSupport)).toBe('standard');
      expect(valueOf(events, arn('clean'), K.secretsKmsKey)).toBe(KEY);
      expect(valueOf(events, arn('clean'), K.auditLogging)).toBe(true);
      expect(valueOf(events, arn('sloppy'), K.endpointOpenToInternet)).toBe(true);
      expect(valueOf(events, arn('sloppy'), K.versionSupport)).toBe('unsupported');
      // moto 5.2.1 answers a cluster created without logging with every type disabled, as AWS does.
      expect(valueOf(events, arn('sloppy'), K.loggingEnabled)).toEqual([]);
    });

    it('fails the sloppy cluster and passes its clean twin', () => {
      expect(checkStatuses(EKS_CHECKS, snapshot, { region: REGION, now: NOW })).toMatchObject({
        eks_cluster_not_publicly_accessible: { [arn('clean')]: 'PASS', [arn('sloppy')]: 'FAIL' },
        eks_cluster_uses_a_supported_version: { [arn('clean')]: 'PASS', [arn('sloppy')]: 'FAIL' },
        eks_cluster_kms_cmk_encryption_in_secrets_enabled: {
          [arn('clean')]: 'PASS',
          [arn('sloppy')]: 'FAIL',
        },
        eks_cluster_audit_logging_enabled: { [arn('clean')]: 'PASS', [arn('sloppy')]: 'FAIL' },
      });
    });
  });

  describe('Route 53', () => {
    let snapshot: Route53Snapshot;
    let clean = '';
    let sloppy = '';
    const zoneArn = (id: string) => `arn:aws:route53:::hostedzone/${id}`;

    beforeAll(async () => {
      const route53 = new Route53Client({ region: 'us-east-1' });
      const create = async (name: string) =>
        (
          await route53.send(new CreateHostedZoneCommand({ Name: name, CallerReference: name }))
        ).HostedZone!.Id!.replace('/hostedzone/', '');
      clean = await create('clean.example.com');
      sloppy = await create('sloppy.example.com');
      const logs = new CloudWatchLogsClient({ region: 'us-east-1' });
      await logs.send(
        new CreateLogGroupCommand({ logGroupName: '/aws/route53/clean.example.com' }),
      );
      await route53.send(
        new CreateQueryLoggingConfigCommand({
          HostedZoneId: clean,
          CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/route53/clean.example.com:*`,
        }),
      );
      // The sloppy zone's CNAME names a bucket nobody created (a takeover waiting to happen),
      // as does its alias to the website endpoint (bucket: the record name); the clean zone's
      // CNAME names a bucket of the account.
      const s3 = new S3Client({ region: 'us-east-1', forcePathStyle: true });
      await s3.send(new CreateBucketCommand({ Bucket: 'clean-site-assets' }));
      await route53.send(
        new ChangeResourceRecordSetsCommand({
          HostedZoneId: sloppy,
          ChangeBatch: {
            Changes: [
              {
                Action: 'CREATE',
                ResourceRecordSet: {
                  Name: 'static.sloppy.example.com',
                  Type: 'CNAME',
                  TTL: 300,
                  ResourceRecords: [
                    { Value: 'static.sloppy.example.com.s3-website-eu-west-1.amazonaws.com' },
                  ],
                },
              },
              {
                Action: 'CREATE',
                ResourceRecordSet: {
                  Name: 'www.sloppy.example.com',
                  Type: 'A',
                  AliasTarget: {
                    HostedZoneId: 'Z3AQBSTGFYJSTF',
                    DNSName: 's3-website-us-east-1.amazonaws.com',
                    EvaluateTargetHealth: false,
                  },
                },
              },
            ],
          },
        }),
      );
      await route53.send(
        new ChangeResourceRecordSetsCommand({
          HostedZoneId: clean,
          ChangeBatch: {
            Changes: [
              {
                Action: 'CREATE',
                ResourceRecordSet: {
                  Name: 'assets.clean.example.com',
                  Type: 'CNAME',
                  TTL: 300,
                  ResourceRecords: [{ Value: 'clean-site-assets.s3.amazonaws.com' }],
                },
              },
            ],
          },
        }),
      );
      snapshot = await collectRoute53Snapshot(
        unitContext(
          fakeClients('us-east-1', new Route53Client({ region: 'us-east-1' }), s3),
          ACCOUNT,
        ),
      );
    }, 60_000);

    it('collects every zone with its records, query logging and DNSSEC over the wire', () => {
      const events = [...extractRoute53Events(snapshot)];

      expect(snapshot.zones.map((z) => z.name).sort()).toEqual([
        'clean.example.com.',
        'sloppy.example.com.',
      ]);
      expect(valueOf(events, zoneArn(clean), R.privateZone)).toBe(false);
      expect(valueOf(events, zoneArn(clean), R.queryLogging)).toBe(true);
      expect(valueOf(events, zoneArn(sloppy), R.queryLogging)).toBe(false);
      expect(valueOf(events, zoneArn(sloppy), R.recordTargets)).toEqual([
        {
          name: 'static.sloppy.example.com.',
          type: 'CNAME',
          target: 'static.sloppy.example.com.s3-website-eu-west-1.amazonaws.com',
        },
        {
          name: 'www.sloppy.example.com.',
          type: 'ALIAS',
          target: expect.stringMatching(/^s3-website-us-east-1\.amazonaws\.com\.?$/),
        },
      ]);
      expect(valueOf(events, zoneArn(sloppy), R.dnssecStatus)).toBe('NOT_SIGNING');
    });

    it('names the bucket of each S3 record and whether the account owns it (ListBuckets over the wire)', () => {
      const events = [...extractRoute53Events(snapshot)];

      expect(snapshot.buckets).toMatchObject({ state: 'available' });
      expect(valueOf(events, zoneArn(clean), R.s3RecordTargets)).toEqual([
        {
          name: 'assets.clean.example.com.',
          type: 'CNAME',
          target: 'clean-site-assets.s3.amazonaws.com',
          bucket: 'clean-site-assets',
          owned: true,
        },
      ]);
      expect(
        (
          valueOf(events, zoneArn(sloppy), R.s3RecordTargets) as {
            bucket: string;
            owned: boolean;
          }[]
        ).map((t) => [t.bucket, t.owned]),
      ).toEqual([
        ['static.sloppy.example.com', false],
        ['www.sloppy.example.com', false],
      ]);
      expect(valueOf(events, zoneArn(clean), R.danglingS3RecordCount)).toBe(0);
      expect(valueOf(events, zoneArn(sloppy), R.danglingS3RecordCount)).toBe(2);
    });

    it('fails the zone without query logging and passes its clean twin', () => {
      expect(
        checkStatuses(ROUTE53_CHECKS, snapshot, { region: REGION, now: new Date() }),
      ).toMatchObject({
        route53_public_hosted_zones_cloudwatch_logging_enabled: {
          [zoneArn(clean)]: 'PASS',
          [zoneArn(sloppy)]: 'FAIL',
        },
        route53_public_hosted_zones_dnssec_signing_enabled: { [zoneArn(sloppy)]: 'FAIL' },
        route53_dangling_s3_records: { [zoneArn(clean)]: 'PASS', [zoneArn(sloppy)]: 'FAIL' },
      });
    });

    it('lists the buckets once for the Route 53 and S3 units of one client pool', async () => {
      const listed: string[] = [];
      const observer: ApiCallObserver = {
        onCall: (call) => {
          if (call.operation === 'ListBuckets') listed.push(`${call.service} ${call.region}`);
        },
      };
      const pool = new AwsClientPool(
        () =>
          Promise.resolve({
            accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
            secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
          }),
        { maxAttempts: 1, observer, rates: null },
      );
      try {
        const unit = () => unitContext(boundClients(pool, 'us-east-1'), ACCOUNT);
        const [zones, s3] = await Promise.all([
          collectRoute53Snapshot(unit()),
          collectS3({ ...unit(), wants: () => false }),
        ]);
        expect(listed).toEqual(['s3 us-east-1']);
        expect(zones.buckets).toMatchObject({ state: 'available' });
        expect(s3.buckets.map((b) => b.name)).toContain('clean-site-assets');
        expect(
          valueOf([...extractRoute53Events(zones)], zoneArn(clean), R.danglingS3RecordCount),
        ).toBe(0);
      } finally {
        pool.close();
      }
    });
  });

  describe('Route 53 A records on EC2 addresses', () => {
    let snapshot: Route53Snapshot;
    let zone = '';
    let held = '';
    let released = '';

    beforeAll(async () => {
      const ec2 = new EC2Client({ region: 'us-east-1' });
      held = (await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))).PublicIp!;
      const gone = await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }));
      released = gone.PublicIp!;
      await ec2.send(new ReleaseAddressCommand({ AllocationId: gone.AllocationId }));
      // moto's server hands out Elastic IPs from 127.0.0.0/8, outside AWS's ranges: the ranges
      // here, in the shape of ip-ranges.json (no download in tests), give both addresses to EC2
      // in us-east-1, as AWS's would give a real Elastic IP.
      const dir = mkdtempSync(join(tmpdir(), 'ip-ranges-'));
      const file = join(dir, 'ip-ranges.json');
      writeFileSync(
        file,
        JSON.stringify({
          syncToken: '1733500000',
          createDate: '2026-12-06-12-00-00',
          prefixes: [held, released].flatMap((ip) =>
            ['AMAZON', 'EC2'].map((service) => ({
              ip_prefix: `${ip}/32`,
              region: 'us-east-1',
              service,
              network_border_group: 'us-east-1',
            })),
          ),
          ipv6_prefixes: [],
        }),
      );
      vi.stubEnv(IP_RANGES_URL_ENV, file);
      const route53 = new Route53Client({ region: 'us-east-1' });
      zone = (
        await route53.send(
          new CreateHostedZoneCommand({ Name: 'ips.example.com', CallerReference: 'ips' }),
        )
      ).HostedZone!.Id!.replace('/hostedzone/', '');
      const a = (name: string, ip: string) => ({
        Action: 'CREATE' as const,
        ResourceRecordSet: {
          Name: name,
          Type: 'A' as const,
          TTL: 60,
          ResourceRecords: [{ Value: ip }],
        },
      });
      await route53.send(
        new ChangeResourceRecordSetsCommand({
          HostedZoneId: zone,
          ChangeBatch: {
            Changes: [
              a('app.ips.example.com', held),
              a('old.ips.example.com', released),
              a('partner.ips.example.com', '192.0.2.10'),
            ],
          },
        }),
      );
      snapshot = await collectRoute53Snapshot(
        unitContext(fakeClients('us-east-1', route53, ec2), ACCOUNT),
      );
    }, 60_000);

    afterAll(() => {
      vi.unstubAllEnvs();
    });

    it('fails the zone whose record points at a released Elastic IP, naming it (DescribeAddresses over the wire)', () => {
      const results = checkStatuses(ROUTE53_CHECKS, snapshot, { region: REGION, now: new Date() });
      expect(results.route53_dangling_ip_records).toMatchObject({
        [`arn:aws:route53:::hostedzone/${zone}`]: 'FAIL',
      });
      expect(snapshot.ipOwnership).toMatchObject({ state: 'available' });
      const check = ROUTE53_CHECKS.find((c) => c.id === 'route53_dangling_ip_records')!;
      const [result] = [
        ...(check as CheckDefinition<Route53Snapshot>).evaluate(
          snapshot,
          context({ accountId: ACCOUNT, region: 'us-east-1' }),
        ),
      ];
      expect(result?.reason).toContain(released);
      expect(result?.reason).not.toContain(held);
      // 192.0.2.10 is outside EC2's ranges: not judged.
      expect(result?.reason).not.toContain('192.0.2.10');
    });
  });

  describe('API Gateway', () => {
    let snapshot: ApiGatewayRegionSnapshot;
    let restId = '';
    let securedId = '';
    let httpId = '';
    let securedHttpId = '';
    const base = `arn:aws:apigateway:${REGION}::`;
    let webAcl = '';
    const LOG_GROUP = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:api-access`;

    beforeAll(async () => {
      const rest = new APIGatewayClient({ region: REGION });
      restId = (await rest.send(new CreateRestApiCommand({ name: 'orders' }))).id!;
      const root = (await rest.send(new GetResourcesCommand({ restApiId: restId }))).items![0]!.id!;
      await rest.send(
        new PutMethodCommand({
          restApiId: restId,
          resourceId: root,
          httpMethod: 'GET',
          authorizationType: 'NONE',
        }),
      );
      await rest.send(
        new PutIntegrationCommand({
          restApiId: restId,
          resourceId: root,
          httpMethod: 'GET',
          type: 'MOCK',
        }),
      );
      await rest.send(
        new PutMethodCommand({
          restApiId: restId,
          resourceId: root,
          httpMethod: 'OPTIONS',
          authorizationType: 'NONE',
        }),
      );
      securedId = (await rest.send(new CreateRestApiCommand({ name: 'billing' }))).id!;
      const securedRoot = (await rest.send(new GetResourcesCommand({ restApiId: securedId })))
        .items![0]!.id!;
      await rest.send(
        new PutMethodCommand({
          restApiId: securedId,
          resourceId: securedRoot,
          httpMethod: 'GET',
          authorizationType: 'AWS_IAM',
        }),
      );
      const deployment = await rest.send(new CreateDeploymentCommand({ restApiId: restId }));
      for (const stageName of ['clean', 'sloppy'])
        await rest.send(
          new CreateStageCommand({
            restApiId: restId,
            stageName,
            deploymentId: deployment.id!,
            tracingEnabled: stageName === 'clean',
          }),
        );
      await rest.send(
        new UpdateStageCommand({
          restApiId: restId,
          stageName: 'clean',
          patchOperations: [{ op: 'replace', path: '/*/*/logging/loglevel', value: 'ERROR' }],
        }),
      );
      // moto 5.2.1 keeps no client certificate on a stage (UpdateStage ignores /clientCertificateId)
      // and sets the web ACL only through wafv2:AssociateWebACL, as AWS does.
      const waf = new WAFV2Client({ region: REGION });
      const acl = await waf.send(
        new CreateWebACLCommand({
          Name: 'api-acl',
          Scope: 'REGIONAL',
          DefaultAction: { Allow: {} },
          VisibilityConfig: {
            SampledRequestsEnabled: false,
            CloudWatchMetricsEnabled: false,
            MetricName: 'api-acl',
          },
        }),
      );
      webAcl = acl.Summary!.ARN!;
      await waf.send(
        new AssociateWebACLCommand({
          WebACLArn: webAcl,
          ResourceArn: `${base}/restapis/${restId}/stages/clean`,
        }),
      );
      const v2 = new ApiGatewayV2Client({ region: REGION });
      httpId = (await v2.send(new CreateApiCommand({ Name: 'checkout', ProtocolType: 'HTTP' })))
        .ApiId!;
      await v2.send(
        new CreateV2StageCommand({
          ApiId: httpId,
          StageName: 'clean',
          AccessLogSettings: { DestinationArn: LOG_GROUP, Format: '$context.requestId' },
        }),
      );
      await v2.send(new CreateV2StageCommand({ ApiId: httpId, StageName: 'sloppy' }));
      await v2.send(
        new CreateRouteCommand({ ApiId: httpId, RouteKey: 'GET /cart', AuthorizationType: 'NONE' }),
      );
      securedHttpId = (
        await v2.send(new CreateApiCommand({ Name: 'checkout-secure', ProtocolType: 'HTTP' }))
      ).ApiId!;
      await v2.send(
        new CreateRouteCommand({
          ApiId: securedHttpId,
          RouteKey: 'GET /cart',
          AuthorizationType: 'AWS_IAM',
        }),
      );
      const certificate = `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/11111111-2222-3333-4444-555555555555`;
      await rest.send(
        new CreateDomainNameCommand({
          domainName: 'legacy.example.com',
          regionalCertificateArn: certificate,
          endpointConfiguration: { types: ['REGIONAL'] },
          securityPolicy: 'TLS_1_0',
        }),
      );
      await v2.send(
        new CreateV2DomainNameCommand({
          DomainName: 'api.example.com',
          DomainNameConfigurations: [
            { CertificateArn: certificate, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' },
          ],
        }),
      );
      snapshot = await collectApiGatewaySnapshot(
        motoUnit(
          REGION,
          new APIGatewayClient({ region: REGION }),
          new ApiGatewayV2Client({ region: REGION }),
          new CloudWatchClient({ region: REGION }),
        ),
      );
    }, 60_000);

    const restStage = (name: string) => `${base}/restapis/${restId}/stages/${name}`;
    const httpStage = (name: string) => `${base}/apis/${httpId}/stages/${name}`;
    const domain = (name: string) => `${base}/domainnames/${name}`;

    it('collects REST and HTTP APIs with their stages over the wire', () => {
      const events = [...extractApiGatewayEvents(snapshot, { accountId: ACCOUNT, region: REGION })];

      expect(snapshot.restApis.map((a) => a.name).sort()).toEqual(['billing', 'orders']);
      expect(snapshot.apis.map((a) => a.name).sort()).toEqual(['checkout', 'checkout-secure']);
      expect(valueOf(events, restStage('clean'), G.tracingEnabled)).toBe(true);
      expect(valueOf(events, restStage('clean'), G.loggingLevel)).toBe('ERROR');
      expect(valueOf(events, restStage('sloppy'), G.loggingLevel)).toBe('OFF');
      expect(valueOf(events, restStage('clean'), G.webAcl)).toBe(webAcl);
      expect(valueOf(events, httpStage('clean'), G.accessLogDestination)).toBe(LOG_GROUP);
      expect(valueOf(events, httpStage('sloppy'), G.accessLogging)).toBe(false);
    });

    it('reads method and route authorization and the custom domain names over the wire', () => {
      const events = [...extractApiGatewayEvents(snapshot, { accountId: ACCOUNT, region: REGION })];

      // GetResources embeds the methods; the OPTIONS preflight is left out.
      expect(valueOf(events, `${base}/restapis/${restId}`, G.methodCount)).toBe(1);
      expect(valueOf(events, `${base}/restapis/${restId}`, G.methodsWithoutAuthorization)).toEqual([
        'GET /',
      ]);
      expect(valueOf(events, `${base}/apis/${httpId}`, G.routesWithoutAuthorization)).toEqual([
        'GET /cart',
      ]);
      // moto 5.2.1 keeps REST and v2 domain names apart (each listing shows only its own); the
      // snapshot holds both listings and the check judges each domain name once.
      expect(valueOf(events, domain('legacy.example.com'), G.domainSecurityPolicy)).toBe('TLS_1_0');
      expect(valueOf(events, domain('api.example.com'), G.domainSecurityPolicy)).toBe('TLS_1_2');
    });

    it('fails the sloppy stages and passes their clean twins', () => {
      expect(
        checkStatuses(APIGATEWAY_CHECKS, snapshot, { region: REGION, now: new Date() }),
      ).toMatchObject({
        apigateway_stage_execution_logging_enabled: {
          [restStage('clean')]: 'PASS',
          [restStage('sloppy')]: 'FAIL',
        },
        apigateway_restapi_tracing_enabled: {
          [restStage('clean')]: 'PASS',
          [restStage('sloppy')]: 'FAIL',
        },
        apigateway_restapi_client_certificate_enabled: { [restStage('sloppy')]: 'FAIL' },
        apigateway_restapi_waf_acl_attached: {
          [restStage('clean')]: 'PASS',
          [restStage('sloppy')]: 'FAIL',
        },
        apigatewayv2_stage_access_logging_enabled: {
          [httpStage('clean')]: 'PASS',
          [httpStage('sloppy')]: 'FAIL',
        },
        apigateway_restapi_authorizers_enabled: {
          [`${base}/restapis/${restId}`]: 'FAIL',
          [`${base}/restapis/${securedId}`]: 'PASS',
        },
        apigatewayv2_route_authorization_type_specified: {
          [`${base}/apis/${httpId}`]: 'FAIL',
          [`${base}/apis/${securedHttpId}`]: 'PASS',
        },
        apigateway_domain_names_tls_policy_secure: {
          [domain('legacy.example.com')]: 'FAIL',
          [domain('api.example.com')]: 'PASS',
        },
      });
    });
  });
});
