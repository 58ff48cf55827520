import {
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListTagsForResourceCommand,
  OrganizationsClient,
  type Account,
} from '@aws-sdk/client-organizations';
import {
  AssumeRoleCommand,
  GetCallerIdentityCommand,
  STSClient,
  type AssumeRoleCommandInput,
} from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/index.js';
import { awsAuthModeSchema, redactAwsAuth, type AwsAuthMode } from '../auth.js';
import { connectAws } from '../session.js';

const MANAGEMENT = '111111111111';
const DEV = '222222222222';
const PROD = '333333333333';
const SANDBOX = '444444444444';
const CLOSED = '555555555555';

const account = (id: string, state: Account['State'] = 'ACTIVE'): Account => ({
  Id: id,
  Arn: `arn:aws:organizations::${MANAGEMENT}:account/o-a1b2c3d4e5/${id}`,
  Name: `account-${id}`,
  Email: `aws+${id}@example.com`,
  State: state,
});

function denied(accountId: string): Error {
  return Object.assign(
    new Error(
      `User: arn:aws:iam::${MANAGEMENT}:user/scanner is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${accountId}:role/OrganizationAccountAccessRole`,
    ),
    { name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 } },
  );
}

const sts = mockClient(STSClient);
const organizations = mockClient(OrganizationsClient);

function auth(fields: Record<string, unknown> = {}): AwsAuthMode {
  return awsAuthModeSchema.parse({
    type: 'organization',
    management: {
      type: 'access_keys',
      access_key_id: 'AKIAIOSFODNN7EXAMPLE',
      secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    },
    ...fields,
  });
}

const connect = (mode: AwsAuthMode) =>
  connectAws(mode, { log: silentLogger, observer: { onCall: () => {} }, maxAttempts: 1 });

beforeEach(() => {
  sts.reset();
  organizations.reset();
  sts.on(GetCallerIdentityCommand).resolves({
    Account: MANAGEMENT,
    Arn: `arn:aws:iam::${MANAGEMENT}:user/scanner`,
    UserId: 'AIDAEXAMPLEUSERID',
  });
  sts.on(AssumeRoleCommand).callsFake((input: AssumeRoleCommandInput) => {
    const id = input.RoleArn?.split(':')[4] ?? '';
    if (id === DEV) throw denied(id);
    return {
      Credentials: {
        AccessKeyId: `ASIA${id}`,
        SecretAccessKey: 'member-secret',
        SessionToken: 'member-token',
        Expiration: new Date(Date.now() + 3600_000),
      },
      AssumedRoleUser: {
        Arn: `arn:aws:sts::${id}:assumed-role/OrganizationAccountAccessRole/clouddiagnoze`,
        AssumedRoleId: 'AROAEXAMPLE:clouddiagnoze',
      },
    };
  });
  // Two pages, as the API answers an organization larger than the page size.
  organizations
    .on(ListAccountsCommand, { NextToken: undefined })
    .resolves({ Accounts: [account(MANAGEMENT), account(DEV)], NextToken: 'page-2' })
    .on(ListAccountsCommand, { NextToken: 'page-2' })
    .resolves({ Accounts: [account(PROD), account(SANDBOX), account(CLOSED, 'SUSPENDED')] });
});

afterEach(() => {
  sts.reset();
  organizations.reset();
});

describe('an organization session', () => {
  it('lists every active account, and reports the one whose role cannot be assumed', async () => {
    const session = await connect(auth({ external_id: 'cdz-ext-7f3a' }));
    try {
      expect(session.accountId).toBe(MANAGEMENT);
      expect(await session.accounts()).toEqual([
        { accountId: MANAGEMENT },
        {
          accountId: DEV,
          failure: {
            code: 'AccessDenied',
            message: expect.stringContaining('not authorized to perform: sts:AssumeRole'),
          },
        },
        { accountId: PROD },
        { accountId: SANDBOX },
      ]);
      expect(organizations.commandCalls(ListAccountsCommand)).toHaveLength(2);
      expect(organizations.commandCalls(ListTagsForResourceCommand)).toHaveLength(0);
      const assumed = sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input);
      // The management account is scanned with its own credentials, never through the role.
      expect(assumed.map((i) => i.RoleArn).sort()).toEqual([
        `arn:aws:iam::${DEV}:role/OrganizationAccountAccessRole`,
        `arn:aws:iam::${PROD}:role/OrganizationAccountAccessRole`,
        `arn:aws:iam::${SANDBOX}:role/OrganizationAccountAccessRole`,
      ]);
      for (const input of assumed) {
        expect(input).toMatchObject({
          ExternalId: 'cdz-ext-7f3a',
          RoleSessionName: 'clouddiagnoze',
        });
      }
    } finally {
      session.close();
    }
  });

  it('scans a member account with the credentials of its assumed role, assumed once', async () => {
    const session = await connect(auth({ member_role_name: 'audit/CloudDiagnozeScan' }));
    try {
      const prod = await session.forAccount(PROD);
      expect(prod.accountId).toBe(PROD);
      const client = prod.clientsFor('eu-west-1').get(STSClient);
      const credentials = await client.config.credentials();
      expect(credentials).toMatchObject({
        accessKeyId: `ASIA${PROD}`,
        sessionToken: 'member-token',
      });
      expect(await session.forAccount(PROD)).toBe(prod);
      expect(await session.forAccount(MANAGEMENT)).not.toBe(prod);
      expect((await session.forAccount(MANAGEMENT)).accountId).toBe(MANAGEMENT);
      const calls = sts.commandCalls(AssumeRoleCommand);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.args[0].input.RoleArn).toBe(
        `arn:aws:iam::${PROD}:role/audit/CloudDiagnozeScan`,
      );
      await expect(session.forAccount(DEV)).rejects.toMatchObject({ name: 'AccessDenied' });
    } finally {
      session.close();
    }
  });

  it('walks organizational units at every depth, without listing the whole organization', async () => {
    organizations
      .on(ListAccountsForParentCommand, { ParentId: 'ou-ab12-workload1', NextToken: undefined })
      .resolves({ Accounts: [account(PROD)], NextToken: 'more' })
      .on(ListAccountsForParentCommand, { ParentId: 'ou-ab12-workload1', NextToken: 'more' })
      .resolves({ Accounts: [account(CLOSED, 'CLOSED')] })
      .on(ListOrganizationalUnitsForParentCommand, { ParentId: 'ou-ab12-workload1' })
      .resolves({ OrganizationalUnits: [{ Id: 'ou-ab12-sandbox1', Name: 'Sandbox' }] })
      .on(ListAccountsForParentCommand, { ParentId: 'ou-ab12-sandbox1' })
      .resolves({ Accounts: [account(SANDBOX)] })
      .on(ListOrganizationalUnitsForParentCommand, { ParentId: 'ou-ab12-sandbox1' })
      .resolves({ OrganizationalUnits: [] });
    const session = await connect(auth({ ou_ids: ['ou-ab12-workload1'] }));
    try {
      expect(await session.accounts()).toEqual([{ accountId: PROD }, { accountId: SANDBOX }]);
      expect(organizations.commandCalls(ListAccountsCommand)).toHaveLength(0);
      expect(organizations.commandCalls(ListAccountsForParentCommand)).toHaveLength(3);
    } finally {
      session.close();
    }
  });

  it('reads tags only for the accounts the other filters keep, and keeps those carrying every tag', async () => {
    organizations
      .on(ListTagsForResourceCommand, { ResourceId: PROD, NextToken: undefined })
      .resolves({ Tags: [{ Key: 'team', Value: 'payments' }], NextToken: 'tags-2' })
      .on(ListTagsForResourceCommand, { ResourceId: PROD, NextToken: 'tags-2' })
      .resolves({ Tags: [{ Key: 'env', Value: 'prod' }] })
      .on(ListTagsForResourceCommand, { ResourceId: SANDBOX })
      .resolves({ Tags: [{ Key: 'env', Value: 'sandbox' }] });
    const session = await connect(
      auth({
        account_ids: [PROD, SANDBOX],
        tags: { env: 'prod', team: 'payments' },
        include_management: false,
      }),
    );
    try {
      expect(await session.accounts()).toEqual([{ accountId: PROD }]);
      const tagged = organizations
        .commandCalls(ListTagsForResourceCommand)
        .map((c) => c.args[0].input.ResourceId);
      expect([...new Set(tagged)].sort()).toEqual([PROD, SANDBOX]);
    } finally {
      session.close();
    }
  });

  it('leaves the management account out when asked', async () => {
    const session = await connect(
      auth({ include_management: false, account_ids: [MANAGEMENT, PROD] }),
    );
    try {
      expect(await session.accounts()).toEqual([{ accountId: PROD }]);
    } finally {
      session.close();
    }
  });
});

describe('the organization auth mode', () => {
  it('fills in the documented defaults', () => {
    expect(awsAuthModeSchema.parse({ type: 'organization' })).toEqual({
      type: 'organization',
      management: { type: 'default' },
      member_role_name: 'OrganizationAccountAccessRole',
      include_management: true,
    });
  });

  it('refuses malformed filters and role names', () => {
    for (const bad of [
      { account_ids: ['12345'] },
      { ou_ids: ['engineering'] },
      { member_role_name: 'role with spaces' },
      { management: { type: 'organization' } },
    ]) {
      expect(awsAuthModeSchema.safeParse({ type: 'organization', ...bad }).success).toBe(false);
    }
  });

  it('masks the nested management secrets and the external id when stored', () => {
    const redacted = redactAwsAuth(
      auth({
        external_id: 'cdz-ext-7f3a',
        ou_ids: ['ou-ab12-workload1', 'r-ab12'],
        tags: { env: 'prod' },
      }),
    );
    expect(redacted).toEqual({
      type: 'organization',
      'management.type': 'access_keys',
      'management.access_key_id': 'AKIA…MPLE',
      'management.secret_access_key': '********',
      member_role_name: 'OrganizationAccountAccessRole',
      external_id: '********',
      ou_ids: 'ou-ab12-workload1,r-ab12',
      tags: 'env=prod',
      include_management: true,
    });
    expect(JSON.stringify(redacted)).not.toContain('EXAMPLEKEY');
    expect(JSON.stringify(redacted)).not.toContain('cdz-ext-7f3a');
  });
});
