import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPolicy } from '../../src/scanning/permissions.js';
import { ScannerRegistry } from '../../src/scanning/registry.js';
import { motoUnavailable, startMoto, type MotoServer } from '../support/moto.js';
import { REPO_ROOT, run, terraformIn, terraformUnavailable } from './terraform-support.js';

/*
 * Applies deploy/terraform/aws-scan-role to a moto server with IAM authorization switched on, so
 * moto checks every request against the caller's policies and sts:AssumeRole against the role's
 * trust policy (its sts:ExternalId condition included). The role gets the policy of a service
 * selection; a scan through the CLI with the role and its ExternalId reads what the selection
 * covers and is refused what it leaves out; then the module is destroyed.
 */

const moduleDir = join(REPO_ROOT, 'deploy/terraform/aws-scan-role');
const ACCOUNT = '123456789012'; // moto's default account
const EXTERNAL_ID = 'e2e-7f3a9c41-external';
const ALLOWED_SERVICES = ['vpc', 'ebs'];
const REFUSED_SERVICE = 'kms';

const missing = terraformUnavailable() ?? motoUnavailable();
if (missing && !process.env.CI)
  console.warn(`The scan-role module's end-to-end test is skipped: ${missing}`);

interface Keys {
  accessKeyId: string;
  secretAccessKey: string;
  arn: string;
}

/** IAM returns policy documents URL-encoded. */
function policyDocument(text: string | undefined): unknown {
  const raw = text ?? '';
  return JSON.parse(raw.trimStart().startsWith('{') ? raw : decodeURIComponent(raw));
}

describe('the AWS scan role module, applied to moto', () => {
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
  let roleArn: string;
  let worker: Keys;
  let deployer: Keys;
  let applied = false;
  const iam = (endpoint: string, keys?: Keys) =>
    new IAMClient({
      endpoint,
      region: 'us-east-1',
      credentials: {
        accessKeyId: keys?.accessKeyId ?? 'bootstrap',
        secretAccessKey: keys?.secretAccessKey ?? 'bootstrap',
      },
    });

  let terraform: ReturnType<typeof terraformIn>;

  beforeAll(async () => {
    moto = await startMoto();
    work = mkdtempSync(join(tmpdir(), 'cdz-scan-role-'));
    // Users are created while moto authorizes nothing; then every request must be allowed.
    const bootstrap = iam(moto.endpoint);
    const user = async (name: string, statement: object): Promise<Keys> => {
      const created = await bootstrap.send(new CreateUserCommand({ UserName: name }));
      await bootstrap.send(
        new PutUserPolicyCommand({
          UserName: name,
          PolicyName: 'e2e',
          PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
        }),
      );
      const key = await bootstrap.send(new CreateAccessKeyCommand({ UserName: name }));
      return {
        accessKeyId: key.AccessKey?.AccessKeyId ?? '',
        secretAccessKey: key.AccessKey?.SecretAccessKey ?? '',
        arn: created.User?.Arn ?? '',
      };
    };
    deployer = await user('deployer', { Effect: 'Allow', Action: '*', Resource: '*' });
    worker = await user('clouddiagnoze-worker', {
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Resource: `arn:aws:iam::${ACCOUNT}:role/*`,
    });
    const enforced = await fetch(`${moto.endpoint}/moto-api/reset-auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: '0',
    });
    expect(enforced.ok).toBe(true);

    // The policy of a service selection, as `clouddiagnoze policy --services vpc,ebs` prints it.
    writeFileSync(
      join(work, 'policy.json'),
      renderPolicy(new ScannerRegistry(), 'aws', ALLOWED_SERVICES),
    );
    writeFileSync(
      join(work, 'main.tf.json'),
      JSON.stringify(
        {
          provider: {
            aws: {
              region: 'us-east-1',
              access_key: deployer.accessKeyId,
              secret_key: deployer.secretAccessKey,
              skip_credentials_validation: true,
              skip_requesting_account_id: true,
              skip_metadata_api_check: true,
              endpoints: [{ iam: moto.endpoint, sts: moto.endpoint }],
            },
          },
          module: {
            scan_role: {
              source: moduleDir,
              trusted_principal_arns: [worker.arn],
              external_id: EXTERNAL_ID,
              max_session_duration: 7200,
              policy_file: join(work, 'policy.json'),
            },
          },
          output: { role_arn: { value: '${module.scan_role.role_arn}' } },
        },
        null,
        2,
      ),
    );
    terraform = terraformIn(work);
    await terraform('init', '-backend=false');
    await terraform('apply', '-auto-approve', '-refresh=false');
    applied = true;
    roleArn = JSON.parse(await terraform('output', '-json', 'role_arn')) as string;
  }, 300_000);

  afterAll(async () => {
    try {
      if (applied) {
        await terraform('apply', '-destroy', '-auto-approve', '-refresh=false');
        // Destroyed means gone from the account, not only from the state.
        await expect(
          iam(moto.endpoint, deployer).send(new GetRoleCommand({ RoleName: 'CloudDiagnozeScan' })),
        ).rejects.toMatchObject({ name: 'NoSuchEntityException' });
      }
    } finally {
      await moto?.stop();
      if (work) rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);

  it('creates the role with the selection’s policy, its trusted principal, ExternalId and session limit', async () => {
    expect(roleArn).toBe(`arn:aws:iam::${ACCOUNT}:role/CloudDiagnozeScan`);
    const admin = iam(moto.endpoint, deployer);
    const role = (await admin.send(new GetRoleCommand({ RoleName: 'CloudDiagnozeScan' }))).Role;
    expect(role?.MaxSessionDuration).toBe(7200);
    // moto, like AWS with no ExternalId at all, does not refuse a call without one: the trust
    // policy read back is what makes a missing ExternalId fail on AWS.
    expect(policyDocument(role?.AssumeRolePolicyDocument)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'CloudDiagnozeAssumeWithExternalId',
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Principal: { AWS: worker.arn },
          Condition: { StringEquals: { 'sts:ExternalId': EXTERNAL_ID } },
        },
      ],
    });
    const inline = await admin.send(
      new GetRolePolicyCommand({
        RoleName: 'CloudDiagnozeScan',
        PolicyName: 'CloudDiagnozeReadOnly',
      }),
    );
    expect(policyDocument(inline.PolicyDocument)).toEqual(
      JSON.parse(renderPolicy(new ScannerRegistry(), 'aws', ALLOWED_SERVICES)),
    );
  });

  it('refuses the role to a caller with the wrong ExternalId and hands it out with the right one', async () => {
    const sts = new STSClient({
      endpoint: moto.endpoint,
      region: 'us-east-1',
      credentials: worker,
    });
    await expect(
      sts.send(
        new AssumeRoleCommand({
          RoleArn: roleArn,
          RoleSessionName: 'e2e',
          ExternalId: 'not-the-external-id',
        }),
      ),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
    const assumed = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'e2e',
        ExternalId: EXTERNAL_ID,
        DurationSeconds: 7200,
      }),
    );
    expect(assumed.AssumedRoleUser?.Arn).toBe(
      `arn:aws:sts::${ACCOUNT}:assumed-role/CloudDiagnozeScan/e2e`,
    );
  });

  it('scans with the role: the selected services are read, a service outside the policy is refused', async () => {
    const out = join(work, 'events.ndjson');
    const scan = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO_ROOT, 'src/cli/main.ts'),
        'scan',
        '--provider',
        'aws',
        '--services',
        [...ALLOWED_SERVICES, REFUSED_SERVICE].join(','),
        '--regions',
        'us-east-1',
        '--client-id',
        'e2e',
        '--role-arn',
        roleArn,
        '--external-id',
        EXTERNAL_ID,
        '--out',
        out,
      ],
      {
        cwd: REPO_ROOT,
        env: {
          PATH: process.env.PATH,
          HOME: work,
          AWS_ENDPOINT_URL: moto.endpoint,
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: worker.accessKeyId,
          AWS_SECRET_ACCESS_KEY: worker.secretAccessKey,
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          CLOUDDIAGNOZE_DATA_DIR: join(work, 'data'),
          LOG_LEVEL: 'warn',
        },
      },
    );
    const events = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { metric_type: string; resource_id: string });
    const services = new Set(events.map((event) => event.metric_type.split('.')[2]));
    expect(services).toEqual(new Set(ALLOWED_SERVICES));
    expect(events.every((event) => event.resource_id.includes(`:${ACCOUNT}:`))).toBe(true);
    expect(scan.stderr).toMatch(/PARTIAL: 3\/3 units, 1 failed/);
    expect(scan.stderr).toMatch(new RegExp(`failed ${REFUSED_SERVICE} us-east-1: .*403`));
    expect(scan.stderr).not.toMatch(/failed (vpc|ebs) /);
    expect(scan.code).toBe(2);
  });
});
