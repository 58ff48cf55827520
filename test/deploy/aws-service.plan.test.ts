import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motoUnavailable, startMoto, type MotoServer } from '../support/moto.js';
import { REPO_ROOT, terraformIn, terraformUnavailable } from './terraform-support.js';

/*
 * Plans deploy/terraform/aws-service against moto (the data sources — Secrets Manager's random
 * passwords — answer there; nothing is created) and reads the plan as JSON: who may do what, which
 * task gets which secret, what the load balancer checks, what a schedule submits.
 */

const missing = terraformUnavailable() ?? motoUnavailable();
if (missing && !process.env.CI) console.warn(`The aws-service plan test is skipped: ${missing}`);

const SCAN_ROLES = [
  'arn:aws:iam::*:role/CloudDiagnozeScan',
  'arn:aws:iam::999999999999:role/CloudDiagnozeManagement',
];
const SINK_SECRET =
  'arn:aws:secretsmanager:eu-west-1:123456789012:secret:clouddiagnoze/opsteamize-token-AbCdEf';
const NIGHTLY = {
  provider: 'aws',
  client_id: 'ACME',
  services: ['ec2', 'vpc'],
  auth_mode: {
    type: 'organization',
    management: { type: 'sts', role_arn: SCAN_ROLES[1], external_id: 'ext-4c1d' },
    member_role_name: 'CloudDiagnozeScan',
    external_id: 'ext-4c1d',
  },
};

interface PlannedResource {
  address: string;
  type: string;
  values: Record<string, unknown>;
}
interface ConfigResource {
  address: string;
  expressions: Record<string, { references?: string[] }>;
}
interface Plan {
  planned_values: {
    outputs: Record<string, { value?: unknown }>;
    root_module: { child_modules: { resources: PlannedResource[] }[] };
  };
  configuration: {
    root_module: { module_calls: { service: { module: { resources: ConfigResource[] } } } };
  };
}

describe('the aws-service module, planned', () => {
  if (missing && process.env.CI) {
    it('runs in CI', () => {
      expect.fail(`CI is set but ${missing}`);
    });
    return;
  }
  if (missing) {
    it.skip(`needs ${missing}`, () => {});
    return;
  }

  let moto: MotoServer;
  let work: string;
  let plan: Plan;
  const planned = (address: string) => {
    const found = plan.planned_values.root_module.child_modules[0]?.resources.find(
      (r) => r.address === `module.service.${address}`,
    );
    if (!found) throw new Error(`${address} is not in the plan`);
    return found.values;
  };
  const ofType = (type: string) =>
    (plan.planned_values.root_module.child_modules[0]?.resources ?? []).filter(
      (r) => r.type === type,
    );

  beforeAll(async () => {
    moto = await startMoto();
    work = mkdtempSync(join(tmpdir(), 'cdz-service-plan-'));
    const ec2 = new EC2Client({
      endpoint: moto.endpoint,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc?.VpcId;
    const subnet = async (cidr: string, zone: string) =>
      (
        await ec2.send(
          new CreateSubnetCommand({ VpcId: vpc, CidrBlock: cidr, AvailabilityZone: zone }),
        )
      ).Subnet?.SubnetId;
    const subnets = [
      await subnet('10.0.0.0/24', 'eu-west-1a'),
      await subnet('10.0.1.0/24', 'eu-west-1b'),
      await subnet('10.0.2.0/24', 'eu-west-1a'),
      await subnet('10.0.3.0/24', 'eu-west-1b'),
    ];
    const endpoints = Object.fromEntries(
      ['ec2', 'iam', 'sts', 'secretsmanager', 'ecs', 'rds', 'elasticache', 'elbv2', 'scheduler']
        .map((service) => [service, moto.endpoint])
        .concat([['cloudwatchlogs', moto.endpoint]]),
    );
    writeFileSync(
      join(work, 'main.tf.json'),
      JSON.stringify({
        provider: {
          aws: {
            region: 'eu-west-1',
            access_key: 'test',
            secret_key: 'test',
            skip_credentials_validation: true,
            skip_requesting_account_id: true,
            skip_metadata_api_check: true,
            endpoints: [endpoints],
          },
        },
        module: {
          service: {
            source: join(REPO_ROOT, 'deploy/terraform/aws-service'),
            image: '111111111111.dkr.ecr.eu-west-1.amazonaws.com/clouddiagnoze:0.1.0',
            vpc_id: vpc,
            public_subnet_ids: subnets.slice(0, 2),
            private_subnet_ids: subnets.slice(2),
            allowed_cidrs: ['10.0.0.0/8'],
            certificate_arn: 'arn:aws:acm:eu-west-1:123456789012:certificate/0d5e',
            api_domain_name: 'clouddiagnoze.example.com',
            scan_role_arns: SCAN_ROLES,
            worker_count: 3,
            sink_secret_arns: { OPSTEAMIZE_TOKEN: SINK_SECRET },
            scheduled_scans: { nightly: { schedule: 'cron(0 3 * * ? *)', request: NIGHTLY } },
          },
        },
        output: { api_url: { value: '${module.service.api_url}' } },
      }),
    );
    const terraform = terraformIn(work);
    await terraform('init', '-backend=false');
    await terraform('plan', '-out=plan.bin');
    plan = JSON.parse(await terraform('show', '-json', 'plan.bin')) as Plan;
  }, 300_000);

  afterAll(async () => {
    await moto?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the workers may only assume the scan roles; the API task role grants nothing', () => {
    const policy = JSON.parse(
      String(planned('aws_iam_role_policy.worker_assume_scan_roles').policy),
    ) as { Statement: { Resource: string[] }[] };
    // The order of a set is Terraform's.
    for (const statement of policy.Statement) statement.Resource.sort();
    expect(policy).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AssumeScanRoles',
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Resource: [...SCAN_ROLES].sort(),
        },
      ],
    });
    const resources = plan.configuration.root_module.module_calls.service.module.resources;
    const grantsTo = (role: string) =>
      resources.filter(
        (r) =>
          ['aws_iam_role_policy', 'aws_iam_role_policy_attachment'].includes(
            r.address.split('.')[0] ?? '',
          ) && (r.expressions.role?.references ?? []).includes(role),
      );
    expect(grantsTo('aws_iam_role.api')).toEqual([]);
    expect(grantsTo('aws_iam_role.worker').map((r) => r.address)).toEqual([
      'aws_iam_role_policy.worker_assume_scan_roles',
    ]);
  });

  it('serves HTTPS on the given name, checks readiness, and counts tasks as asked', () => {
    expect(plan.planned_values.outputs.api_url?.value).toBe('https://clouddiagnoze.example.com');
    expect(planned('aws_lb_target_group.api').health_check).toEqual([
      expect.objectContaining({ path: '/readyz', matcher: '200' }),
    ]);
    expect(planned('aws_lb_listener.api')).toMatchObject({ port: 443, protocol: 'HTTPS' });
    expect(planned('aws_ecs_service.worker').desired_count).toBe(3);
    expect(planned('aws_ecs_service.api').desired_count).toBe(2);
  });

  it('keeps the data encrypted and private, the logs in CloudWatch', () => {
    expect(planned('aws_db_instance.main')).toMatchObject({
      engine: 'postgres',
      storage_encrypted: true,
      publicly_accessible: false,
    });
    const redis = planned('aws_elasticache_replication_group.main');
    expect(redis.transit_encryption_enabled).toBe(true);
    // The provider (5.x) keeps this one as a string.
    expect(String(redis.at_rest_encryption_enabled)).toBe('true');
    expect(
      ofType('aws_cloudwatch_log_group')
        .map((g) => g.values.name)
        .sort(),
    ).toEqual(['/clouddiagnoze/api', '/clouddiagnoze/worker']);
    expect(
      ofType('aws_secretsmanager_secret')
        .map((s) => s.values.name)
        .sort(),
    ).toEqual([
      'clouddiagnoze/clouddiagnoze-api-keys',
      'clouddiagnoze/clouddiagnoze-secret-key',
      'clouddiagnoze/database-url',
      'clouddiagnoze/redis-url',
    ]);
  });

  it('a schedule submits exactly the declared scan request', () => {
    const schedule = planned('aws_scheduler_schedule.scan["nightly"]');
    expect(schedule.schedule_expression).toBe('cron(0 3 * * ? *)');
    const target = (schedule.target as { input: string }[])[0];
    const input = JSON.parse(target?.input ?? '{}') as {
      containerOverrides: { name: string; environment: { name: string; value: string }[] }[];
    };
    const override = input.containerOverrides[0];
    expect(override?.name).toBe('submit');
    expect(
      JSON.parse(override?.environment.find((e) => e.name === 'SCAN_REQUEST')?.value ?? ''),
    ).toEqual(NIGHTLY);
  });
});
