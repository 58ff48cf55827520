import {
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  ListServerCertificatesCommand,
  ListVirtualMFADevicesCommand,
  NoSuchEntityException,
} from '@aws-sdk/client-iam';
import {
  AWSOrganizationsNotInUseException,
  DescribeOrganizationCommand,
  ListAccountsCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { expectOnlyDeclaredMetrics } from '../../testing/scanner-contract.js';
import { fakeClients, TEST_CREDENTIALS, unitContext } from './fixtures/context.js';
import {
  ACCOUNT_SUMMARY,
  AUTH_PAGE_1,
  AUTH_PAGE_2,
  CREDENTIAL_REPORT_CSV,
  LEGACY_ADMIN_POLICY,
  READ_LOGS_POLICY,
  ROLE,
  SERVER_CERTIFICATE,
  SERVER_CERTIFICATES_PAGE_1,
  SERVER_CERTIFICATES_PAGE_2,
  USER,
  VIRTUAL_MFA_DEVICES,
} from './fixtures/account.js';
import { IAM_METRIC } from './metrics.js';
import { createIamScanner, iamScanner } from './scanner.js';

const ROOT = 'arn:aws:iam::123456789012:root';
const ACCOUNT_ID_UNDER_TEST = '123456789012';
const ADMINS = 'arn:aws:iam::123456789012:group/Admins';

const iamClient = new IAMClient({ region: 'us-east-1', credentials: TEST_CREDENTIALS });
const iam = mockClient(iamClient);
const organizationsClient = new OrganizationsClient({
  region: 'us-east-1',
  credentials: TEST_CREDENTIALS,
});
const organizations = mockClient(organizationsClient);
const clients = fakeClients('us-east-1', [
  { client: iamClient, region: 'us-east-1' },
  { client: organizationsClient, region: 'us-east-1' },
]);
const ORGANIZATION = {
  Id: 'o-a1b2c3d4e5',
  Arn: 'arn:aws:organizations::111111111111:organization/o-a1b2c3d4e5',
  MasterAccountId: '111111111111',
  FeatureSet: 'ALL' as const,
};
const fastScanner = createIamScanner({ reportPollDelaysMs: [1, 1, 1] });

async function scan(scanner = fastScanner, signal?: AbortSignal): Promise<EventDraft[]> {
  const events: EventDraft[] = [];
  for await (const event of scanner.scan(unitContext(clients, signal))) events.push(event);
  return events;
}

function valueOf(events: EventDraft[], resource: string, metricType: string): unknown {
  const matches = events.filter((e) => e.resource_id === resource && e.metric_type === metricType);
  expect(matches, `${metricType} on ${resource}`).toHaveLength(1);
  return matches[0]?.metric_value;
}

function absent(events: EventDraft[], resource: string, metricType: string): boolean {
  return !events.some((e) => e.resource_id === resource && e.metric_type === metricType);
}

beforeEach(() => {
  organizations.reset();
  organizations.on(DescribeOrganizationCommand).resolves({ Organization: ORGANIZATION });
  organizations
    .on(ListAccountsCommand)
    .resolvesOnce({
      Accounts: [{ Id: '111111111111', Status: 'ACTIVE' }, { Id: ACCOUNT_ID_UNDER_TEST }],
      NextToken: 'page-2',
    })
    .resolvesOnce({ Accounts: [{ Id: '210987654321', Status: 'ACTIVE' }] });
  iam.reset();
  iam.on(GetAccountAuthorizationDetailsCommand).resolvesOnce(AUTH_PAGE_1).resolvesOnce(AUTH_PAGE_2);
  iam
    .on(GenerateCredentialReportCommand)
    .resolvesOnce({
      $metadata: {},
      State: 'STARTED',
      Description: 'No report exists. Starting a new report generation task',
    })
    .resolves({ $metadata: {}, State: 'COMPLETE' });
  iam.on(GetCredentialReportCommand).resolves({
    $metadata: {},
    Content: new TextEncoder().encode(CREDENTIAL_REPORT_CSV),
    ReportFormat: 'text/csv',
    GeneratedTime: new Date('2026-11-20T08:00:00Z'),
  });
  iam.on(GetAccountSummaryCommand).resolves(ACCOUNT_SUMMARY);
  iam.on(GetAccountPasswordPolicyCommand).rejects(
    Object.assign(
      new NoSuchEntityException({
        message: 'The Password Policy with domain name 123456789012 cannot be found.',
        $metadata: { httpStatusCode: 404 },
      }),
      { Code: 'NoSuchEntity' },
    ),
  );
  iam.on(ListVirtualMFADevicesCommand).resolves(VIRTUAL_MFA_DEVICES);
  iam
    .on(ListServerCertificatesCommand)
    .resolvesOnce(SERVER_CERTIFICATES_PAGE_1)
    .resolvesOnce(SERVER_CERTIFICATES_PAGE_2);
});

describe('iamScanner', () => {
  it('reads the whole account in a handful of calls, following the authorization details pages', async () => {
    const events = await scan(iamScanner);

    const pages = iam.commandCalls(GetAccountAuthorizationDetailsCommand);
    expect(pages).toHaveLength(2);
    expect(pages[0]?.args[0].input).toMatchObject({
      MaxItems: 1000,
      Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy', 'AWSManagedPolicy'],
    });
    expect(pages[1]?.args[0].input.Marker).toBe('AAEXAMPLEmarkerForPage2');
    // Polled until COMPLETE, then fetched once.
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(2);
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(1);
    expect(iam.calls()).toHaveLength(10);

    expect(valueOf(events, ROOT, IAM_METRIC.authorizationDetails)).toEqual({
      state: 'available',
      users_count: 4,
      groups_count: 1,
      roles_count: 4,
      customer_managed_policies_count: 2,
      aws_managed_policies_attached_count: 2,
    });
    expect(valueOf(events, ROOT, IAM_METRIC.credentialReport)).toEqual({
      state: 'available',
      generated_time: '2026-11-20T08:00:00.000Z',
      users_count: 3,
    });
  });

  it('reports the root user from the credential report and the account-level facts', async () => {
    const events = await scan();

    expect(valueOf(events, ROOT, IAM_METRIC.rootMfaEnabled)).toBe(true);
    expect(valueOf(events, ROOT, IAM_METRIC.rootHardwareMfaEnabled)).toBe(true);
    expect(valueOf(events, ROOT, IAM_METRIC.rootAccessKeysActive)).toBe(false);
    expect(valueOf(events, ROOT, IAM_METRIC.rootPasswordLastUsedDays)).toBe(19);
    // An old, now deactivated root key: no active key, but its last use is still known.
    expect(valueOf(events, ROOT, IAM_METRIC.rootAccessKeyLastUsedDays)).toBe(2455);
    expect(valueOf(events, ROOT, IAM_METRIC.passwordPolicy)).toEqual({ state: 'none' });
    expect(valueOf(events, ROOT, IAM_METRIC.virtualMfaDevices)).toEqual({
      state: 'available',
      count: 2,
      assigned_count: 1,
    });
    expect(valueOf(events, ROOT, IAM_METRIC.accountSummary)).toMatchObject({
      state: 'available',
      summary: { Users: 4, AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 },
    });
  });

  it('reports MFA, passwords, access keys and activity per user', async () => {
    const events = await scan();
    const alice = USER('alice');
    const bob = USER('bob');

    expect(valueOf(events, alice, IAM_METRIC.userMfaEnabled)).toBe(true);
    expect(valueOf(events, alice, IAM_METRIC.userPasswordEnabled)).toBe(true);
    expect(valueOf(events, alice, IAM_METRIC.userPasswordAgeDays)).toBe(80);
    expect(valueOf(events, alice, IAM_METRIC.userPasswordLastUsedDays)).toBe(0);
    expect(valueOf(events, alice, IAM_METRIC.userAccessKeys)).toEqual([
      { slot: 1, active: true, age_days: 50, last_used_days: 1, last_used_service: 's3' },
    ]);
    expect(valueOf(events, alice, IAM_METRIC.userAccessKeysRotationOverdue)).toBe(false);
    expect(valueOf(events, alice, IAM_METRIC.userInactive)).toBe(false);
    expect(valueOf(events, alice, IAM_METRIC.userGroups)).toEqual(['Admins']);

    expect(valueOf(events, bob, IAM_METRIC.userMfaEnabled)).toBe(false);
    expect(valueOf(events, bob, IAM_METRIC.userPasswordEnabled)).toBe(false);
    expect(absent(events, bob, IAM_METRIC.userPasswordAgeDays)).toBe(true);
    expect(valueOf(events, bob, IAM_METRIC.userAccessKeys)).toEqual([
      { slot: 1, active: true, age_days: 1388, last_used_days: 508, last_used_service: 'ec2' },
      { slot: 2, active: true, age_days: 87, last_used_days: null, last_used_service: null },
    ]);
    expect(valueOf(events, bob, IAM_METRIC.userActiveAccessKeysCount)).toBe(2);
    expect(valueOf(events, bob, IAM_METRIC.userAccessKeysRotationOverdue)).toBe(true);
    expect(valueOf(events, bob, IAM_METRIC.userAccessKeysUnused)).toBe(true);
    expect(valueOf(events, bob, IAM_METRIC.userLastActivityDays)).toBe(508);
    expect(valueOf(events, bob, IAM_METRIC.userInactive)).toBe(true);
    expect(valueOf(events, bob, IAM_METRIC.attachedPolicies)).toEqual([READ_LOGS_POLICY]);
    expect(valueOf(events, bob, IAM_METRIC.inlinePolicies)).toEqual([
      'break-glass',
      'read-one-bucket',
    ]);
    expect(valueOf(events, bob, IAM_METRIC.inlinePoliciesFullAdmin)).toEqual(['break-glass']);
  });

  it('does not call a user that never signed in inactive before the threshold, and handles quoted names', async () => {
    const events = await scan();
    const ci = USER('ci,deployer');

    expect(valueOf(events, ci, IAM_METRIC.userInactive)).toBe(false);
    expect(absent(events, ci, IAM_METRIC.userLastActivityDays)).toBe(true);
    expect(absent(events, ci, IAM_METRIC.userPasswordLastUsedDays)).toBe(true);
    expect(valueOf(events, ci, IAM_METRIC.userAccessKeys)).toEqual([]);
    expect(valueOf(events, ci, IAM_METRIC.attachedPolicies)).toEqual([LEGACY_ADMIN_POLICY]);
    // Newer than the report: identity facts only, no guessed credential facts.
    expect(valueOf(events, USER('dave'), IAM_METRIC.userGroups)).toEqual(['Admins']);
    expect(absent(events, USER('dave'), IAM_METRIC.userMfaEnabled)).toBe(true);
    expect(valueOf(events, ADMINS, IAM_METRIC.groupMembersCount)).toBe(2);
  });

  it('finds roles trusting other accounts without an ExternalId', async () => {
    const events = await scan();
    const partner = ROLE('audit-from-partner');
    const vendor = ROLE('vendor-integration');

    expect(valueOf(events, partner, IAM_METRIC.roleTrustedExternalAccounts)).toEqual([
      '210987654321',
    ]);
    expect(valueOf(events, partner, IAM_METRIC.roleExternalTrustWithoutExternalId)).toBe(true);
    expect(valueOf(events, partner, IAM_METRIC.roleTrustsAnyPrincipal)).toBe(false);
    expect(valueOf(events, partner, IAM_METRIC.roleLastUsedDays)).toBe(10);
    expect(valueOf(events, partner, IAM_METRIC.roleTrustPrincipals)).toEqual({
      everyone: false,
      aws: ['arn:aws:iam::210987654321:root'],
      service: [],
      federated: [],
      canonical_user: [],
    });

    expect(valueOf(events, vendor, IAM_METRIC.roleTrustedExternalAccounts)).toEqual([
      '444455556666',
    ]);
    expect(valueOf(events, vendor, IAM_METRIC.roleExternalTrustWithoutExternalId)).toBe(false);
    expect(absent(events, vendor, IAM_METRIC.roleLastUsedDays)).toBe(true);

    expect(valueOf(events, ROLE('web-server'), IAM_METRIC.roleTrustedExternalAccounts)).toEqual([]);
    expect(valueOf(events, ROLE('web-server'), IAM_METRIC.roleServiceLinked)).toBe(false);
    const support =
      'arn:aws:iam::123456789012:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport';
    expect(valueOf(events, support, IAM_METRIC.roleServiceLinked)).toBe(true);
  });

  it('finds policies granting "*" on "*", managed and inline', async () => {
    const events = await scan();

    expect(valueOf(events, LEGACY_ADMIN_POLICY, IAM_METRIC.policyFullAdmin)).toBe(true);
    expect(valueOf(events, LEGACY_ADMIN_POLICY, IAM_METRIC.policyAttachmentCount)).toBe(1);
    expect(valueOf(events, READ_LOGS_POLICY, IAM_METRIC.policyFullAdmin)).toBe(false);
    expect(valueOf(events, ROLE('web-server'), IAM_METRIC.inlinePoliciesFullAdmin)).toEqual([
      'everything',
    ]);
    expect(valueOf(events, ROLE('vendor-integration'), IAM_METRIC.inlinePoliciesFullAdmin)).toEqual(
      [],
    );
  });

  it('flags every administrator: through a group, an inline policy, an attached customer-managed policy', async () => {
    const events = await scan();

    expect(valueOf(events, USER('alice'), IAM_METRIC.userAdminAccess)).toEqual({
      admin: true,
      via: ['group Admins: attached AdministratorAccess'],
      unknown_policies: [],
    });
    expect(valueOf(events, USER('bob'), IAM_METRIC.userAdminAccess)).toEqual({
      admin: true,
      via: ['inline break-glass'],
      unknown_policies: [],
    });
    expect(valueOf(events, USER('ci,deployer'), IAM_METRIC.userAdminAccess)).toEqual({
      admin: true,
      via: ['attached legacy-admin'],
      unknown_policies: [],
    });
    expect(valueOf(events, USER('dave'), IAM_METRIC.userAdminAccess)).toMatchObject({
      admin: true,
    });
    expect(valueOf(events, ROLE('web-server'), IAM_METRIC.roleAdminAccess)).toEqual({
      admin: true,
      via: ['inline everything'],
      unknown_policies: [],
    });
    expect(valueOf(events, ROLE('audit-from-partner'), IAM_METRIC.roleAdminAccess)).toEqual({
      admin: false,
      via: [],
      unknown_policies: [],
    });
    // Its AWS-managed policy is not in the listing: unknown, not "not admin".
    const support =
      'arn:aws:iam::123456789012:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport';
    expect(valueOf(events, support, IAM_METRIC.roleAdminAccess)).toEqual({
      admin: null,
      via: [],
      unknown_policies: ['attached AWSSupportServiceRolePolicy'],
    });
    expect(valueOf(events, USER('alice'), IAM_METRIC.tags)).toEqual({
      owner: 'platform',
      env: 'prod',
    });
    expect(valueOf(events, ROLE('web-server'), IAM_METRIC.tags)).toEqual({});
  });

  it('keeps a customer-managed policy the answer does not name, and the AWS-managed ones in use', async () => {
    const events = await scan();

    expect(valueOf(events, READ_LOGS_POLICY, IAM_METRIC.policyAttachmentCount)).toBe(2);
    const administratorAccess = 'arn:aws:iam::aws:policy/AdministratorAccess';
    expect(valueOf(events, administratorAccess, IAM_METRIC.policyFullAdmin)).toBe(true);
    expect(
      absent(events, 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', IAM_METRIC.policyFullAdmin),
    ).toBe(true);
  });

  it('reads the organization and its accounts, following ListAccounts pages', async () => {
    const events = await scan();

    expect(organizations.commandCalls(ListAccountsCommand)).toHaveLength(2);
    expect(valueOf(events, ROOT, IAM_METRIC.organization)).toEqual({
      state: 'available',
      id: 'o-a1b2c3d4e5',
      management_account_id: '111111111111',
      accounts_count: 3,
    });
  });

  it('records a member account that may not list the organization', async () => {
    organizations.on(ListAccountsCommand).rejects(
      Object.assign(new Error('You don’t have permissions to access this resource.'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const member = await scan();
    expect(valueOf(member, ROOT, IAM_METRIC.organization)).toEqual({
      state: 'available',
      id: 'o-a1b2c3d4e5',
      management_account_id: '111111111111',
      accounts_count: null,
      accounts_call: 'ListAccounts',
      accounts_error_code: 'AccessDeniedException',
    });
  });

  it('records an account that belongs to no organization', async () => {
    organizations.on(DescribeOrganizationCommand).rejects(
      new AWSOrganizationsNotInUseException({
        message: 'Your account is not a member of an organization.',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const alone = await scan();
    expect(valueOf(alone, ROOT, IAM_METRIC.organization)).toEqual({ state: 'available', id: null });
    expect(valueOf(alone, ROOT, IAM_METRIC.rootMfaEnabled)).toBe(true);
  });

  it('reports a credential report that is not ready in time and goes on with the rest', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ $metadata: {}, State: 'INPROGRESS' });
    const events = await scan();

    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(4);
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(0);
    expect(valueOf(events, ROOT, IAM_METRIC.credentialReport)).toEqual({
      state: 'error',
      call: 'GenerateCredentialReport',
      error_code: 'ReportNotReady',
    });
    expect(absent(events, ROOT, IAM_METRIC.rootMfaEnabled)).toBe(true);
    expect(absent(events, USER('bob'), IAM_METRIC.userMfaEnabled)).toBe(true);
    expect(valueOf(events, USER('bob'), IAM_METRIC.inlinePoliciesFullAdmin)).toEqual([
      'break-glass',
    ]);
  });

  it('records denied reads as facts naming the call', async () => {
    const denied = Object.assign(
      new Error('User is not authorized to perform: iam:GetAccountSummary'),
      {
        name: 'AccessDenied',
        Code: 'AccessDenied',
      },
    );
    iam.on(GetAccountSummaryCommand).rejects(denied);
    iam.on(GetAccountPasswordPolicyCommand).rejects(denied);
    const events = await scan();

    expect(valueOf(events, ROOT, IAM_METRIC.accountSummary)).toEqual({
      state: 'denied',
      call: 'GetAccountSummary',
      error_code: 'AccessDenied',
    });
    expect(valueOf(events, ROOT, IAM_METRIC.passwordPolicy)).toEqual({
      state: 'denied',
      call: 'GetAccountPasswordPolicy',
      error_code: 'AccessDenied',
    });
    expect(valueOf(events, ROOT, IAM_METRIC.rootMfaEnabled)).toBe(true);
  });

  it('reports a configured password policy', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves({
      $metadata: {},
      PasswordPolicy: {
        MinimumPasswordLength: 14,
        RequireSymbols: true,
        RequireNumbers: true,
        RequireUppercaseCharacters: true,
        RequireLowercaseCharacters: true,
        AllowUsersToChangePassword: true,
        ExpirePasswords: false,
        PasswordReusePrevention: 24,
      },
    });
    const events = await scan();
    expect(valueOf(events, ROOT, IAM_METRIC.passwordPolicy)).toEqual({
      state: 'configured',
      minimum_password_length: 14,
      require_symbols: true,
      require_numbers: true,
      require_uppercase_characters: true,
      require_lowercase_characters: true,
      allow_users_to_change_password: true,
      expire_passwords: false,
      max_password_age: null,
      password_reuse_prevention: 24,
      hard_expiry: false,
    });
  });

  it('follows the server certificate pages and reports each certificate with its dates', async () => {
    const events = await scan();

    const pages = iam.commandCalls(ListServerCertificatesCommand);
    expect(pages).toHaveLength(2);
    expect(pages[0]?.args[0].input).toMatchObject({ MaxItems: 1000 });
    expect(pages[1]?.args[0].input.Marker).toBe('AAEXAMPLEcertMarkerPage2');

    expect(valueOf(events, ROOT, IAM_METRIC.serverCertificates)).toEqual({
      state: 'available',
      count: 2,
      expired_count: 1,
    });
    const expired = SERVER_CERTIFICATE('www-2025');
    expect(valueOf(events, expired, IAM_METRIC.serverCertificateExpiration)).toBe(
      '2026-06-01T12:00:00.000Z',
    );
    expect(valueOf(events, expired, IAM_METRIC.serverCertificateUploadDate)).toBe(
      '2025-06-01T09:00:00.000Z',
    );
    expect(valueOf(events, expired, IAM_METRIC.serverCertificateExpired)).toBe(true);
    const valid = SERVER_CERTIFICATE('cloudfront/api-2027');
    expect(valueOf(events, valid, IAM_METRIC.serverCertificateExpiration)).toBe(
      '2027-03-01T12:00:00.000Z',
    );
    expect(valueOf(events, valid, IAM_METRIC.serverCertificateExpired)).toBe(false);
  });

  it('records a denied ListServerCertificates and still reports the rest', async () => {
    iam
      .on(ListServerCertificatesCommand)
      .rejects(
        Object.assign(
          new Error(
            'User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: iam:ListServerCertificates',
          ),
          { name: 'AccessDenied', Code: 'AccessDenied', $metadata: { httpStatusCode: 403 } },
        ),
      );
    const events = await scan();

    expect(valueOf(events, ROOT, IAM_METRIC.serverCertificates)).toEqual({
      state: 'denied',
      call: 'ListServerCertificates',
      error_code: 'AccessDenied',
    });
    expect(events.some((e) => e.metric_type === IAM_METRIC.serverCertificateExpiration)).toBe(
      false,
    );
    expect(valueOf(events, ROOT, IAM_METRIC.rootMfaEnabled)).toBe(true);
    expect(valueOf(events, USER('bob'), IAM_METRIC.userMfaEnabled)).toBe(false);
  });

  it('stops waiting for the credential report when the unit is cancelled', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ $metadata: {}, State: 'STARTED' });
    const controller = new AbortController();
    const slow = createIamScanner({ reportPollDelaysMs: [60_000] });
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    await expect(scan(slow, controller.signal)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('emits only metric types it declares, with their declared value types', async () => {
    const events = await scan();
    expectOnlyDeclaredMetrics(iamScanner, iamScanner.metrics, events);
  });

  it('declares exactly the IAM actions it calls, as a global scanner', () => {
    expect(iamScanner.scope).toBe('global');
    expect([...iamScanner.permissions].sort()).toEqual([
      'iam:GenerateCredentialReport',
      'iam:GetAccountAuthorizationDetails',
      'iam:GetAccountPasswordPolicy',
      'iam:GetAccountSummary',
      'iam:GetCredentialReport',
      'iam:ListServerCertificates',
      'iam:ListVirtualMFADevices',
      'organizations:DescribeOrganization',
      'organizations:ListAccounts',
    ]);
  });
});
