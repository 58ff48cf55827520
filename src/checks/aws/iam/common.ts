import type { CheckResult } from '../../../core/index.js';
import type { AdminAccess } from '../../../providers/aws/policy/iam-admin.js';
import type {
  AuthorizationDetails,
  CredentialReport,
  CredentialReportRow,
  IamSnapshot,
  PasswordPolicy,
  Source,
} from '../../../providers/aws/services/iam/model.js';
import { trustedAccountIds } from '../../config.js';
import { accountArn, partitionOf } from '../arn.js';

export type Unavailable = Exclude<Source<unknown>, { state: 'available' }>;

/** ERROR naming the IAM call (and so the permission) that the scan could not make. */
export function unavailable(resource_id: string, what: string, source: Unavailable): CheckResult {
  const verb = source.state === 'denied' ? 'was denied' : 'failed';
  return {
    resource_id,
    status: 'ERROR',
    reason: `${what} could not be read: iam:${source.call} ${verb} (${source.errorCode})`,
  };
}

export function account(
  snapshot: Pick<IamSnapshot, 'partitionRegion'>,
  ctx: { accountId: string },
): string {
  return accountArn(ctx.accountId, snapshot.partitionRegion);
}

/** The credential report's IAM users, or the ERROR explaining why they are unknown. */
export function reportUsers(
  snapshot: Pick<IamSnapshot, 'partitionRegion' | 'credentialReport'>,
  ctx: { accountId: string },
): { rows: CredentialReportRow[] } | { error: CheckResult } {
  const report = snapshot.credentialReport;
  if (report.state !== 'available') {
    return { error: unavailable(account(snapshot, ctx), 'the credential report', report) };
  }
  return { rows: report.value.users };
}

/** The root user's row of the credential report, or the ERROR explaining why it is unknown. */
export function rootRow(
  snapshot: Pick<IamSnapshot, 'partitionRegion' | 'credentialReport'>,
  ctx: { accountId: string },
): { root: CredentialReportRow } | { error: CheckResult } {
  const resource_id = account(snapshot, ctx);
  const report: Source<CredentialReport> = snapshot.credentialReport;
  if (report.state !== 'available') {
    return { error: unavailable(resource_id, 'the credential report', report) };
  }
  if (report.value.root === undefined) {
    return {
      error: {
        resource_id,
        status: 'ERROR',
        reason: 'the credential report has no <root_account> row',
      },
    };
  }
  return { root: report.value.root };
}

export const activeKeys = (row: CredentialReportRow) => row.accessKeys.filter((k) => k.active);

/**
 * One account-level result from the password policy: ERROR when it could not be read, FAIL when
 * the account has none (IAM's defaults enforce nothing), otherwise what `judge` says.
 */
export function passwordPolicyResult(
  snapshot: Pick<IamSnapshot, 'partitionRegion' | 'passwordPolicy'>,
  ctx: { accountId: string },
  judge: (policy: PasswordPolicy) => { pass: boolean; reason: string },
): CheckResult {
  const resource_id = account(snapshot, ctx);
  const source = snapshot.passwordPolicy;
  if (source.state !== 'available') {
    return unavailable(resource_id, 'the account password policy', source);
  }
  if (source.value === null) {
    return { resource_id, status: 'FAIL', reason: 'the account has no password policy' };
  }
  const verdict = judge(source.value);
  return { resource_id, status: verdict.pass ? 'PASS' : 'FAIL', reason: verdict.reason };
}

/** Users, groups, roles and customer-managed policies, or the ERROR explaining why they are unknown. */
export function authorization(
  snapshot: Pick<IamSnapshot, 'partitionRegion' | 'authorization'>,
  ctx: { accountId: string },
): { details: AuthorizationDetails } | { error: CheckResult } {
  const source = snapshot.authorization;
  if (source.state !== 'available') {
    return { error: unavailable(account(snapshot, ctx), 'the authorization details', source) };
  }
  return { details: source.value };
}

/** `arn:<partition>:iam::aws:policy/<name>`: an AWS-managed policy in the account's partition. */
export function awsManagedPolicyArn(
  snapshot: Pick<IamSnapshot, 'partitionRegion'>,
  name: string,
): string {
  return `arn:${partitionOf(snapshot.partitionRegion)}:iam::aws:policy/${name}`;
}

/** Users, groups and roles that have a managed policy attached. */
export function holdersOf(details: AuthorizationDetails, policyArn: string): string[] {
  const holders: string[] = [];
  for (const user of details.users)
    if (user.attachedPolicies.some((p) => p.arn === policyArn)) holders.push(`user ${user.name}`);
  for (const group of details.groups)
    if (group.attachedPolicies.some((p) => p.arn === policyArn))
      holders.push(`group ${group.name}`);
  for (const role of details.roles)
    if (role.attachedPolicies.some((p) => p.arn === policyArn)) holders.push(`role ${role.name}`);
  return holders;
}

/**
 * Accounts trusted besides the scanned one: `check_config.trusted_account_ids`, and the accounts of
 * the organization when the scan could list them (its management account whenever it is known).
 */
export function trustedAccounts(
  snapshot: Pick<IamSnapshot, 'organization'>,
  options: Parameters<typeof trustedAccountIds>[0],
): string[] {
  const trusted = new Set(trustedAccountIds(options));
  const org = snapshot.organization;
  if (org?.state === 'available' && org.value !== null) {
    if (org.value.managementAccountId) trusted.add(org.value.managementAccountId);
    if (org.value.accounts.state === 'available')
      org.value.accounts.value.forEach((a) => trusted.add(a));
  }
  return [...trusted].sort();
}

/**
 * One principal's result for the administrator checks: FAIL with the policies that make it an
 * administrator, ERROR when a policy document was missing, PASS otherwise.
 */
export function adminAccessResult(
  principal: { arn: string; name: string },
  access: AdminAccess,
): CheckResult {
  const resource_id = principal.arn;
  if (access.admin === true) {
    return {
      resource_id,
      status: 'FAIL',
      reason: `${principal.name} has full administrative rights through ${access.via.join(', ')}`,
    };
  }
  if (access.admin === null) {
    return {
      resource_id,
      status: 'ERROR',
      reason: `${principal.name}'s rights are unknown: iam:GetAccountAuthorizationDetails returned no document for ${access.unknown.join(', ')}`,
    };
  }
  return {
    resource_id,
    status: 'PASS',
    reason: `${principal.name} has no full administrative rights`,
  };
}
