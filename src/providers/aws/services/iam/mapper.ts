import type {
  AttachedPolicy as SdkAttachedPolicy,
  GetAccountAuthorizationDetailsCommandOutput,
  PasswordPolicy as SdkPasswordPolicy,
  PolicyDetail,
  ServerCertificateMetadata,
  VirtualMFADevice,
} from '@aws-sdk/client-iam';
import { parseInstant } from '../../../../core/index.js';
import { parseCsvWithHeader } from './csv.js';
import type {
  AccessKeyReport,
  AttachedPolicy,
  AuthorizationDetails,
  CredentialReport,
  CredentialReportRow,
  InlinePolicy,
  PasswordPolicy,
  ServerCertificate,
  VirtualMfaDevice,
} from './model.js';
import { decodePolicyDocument } from './policy-document.js';

function attached(list: SdkAttachedPolicy[] | undefined): AttachedPolicy[] {
  return (list ?? []).flatMap((p) =>
    p.PolicyArn ? [{ name: p.PolicyName ?? p.PolicyArn, arn: p.PolicyArn }] : [],
  );
}

function inline(list: PolicyDetail[] | undefined): InlinePolicy[] {
  return (list ?? []).flatMap((p) =>
    p.PolicyName ? [{ name: p.PolicyName, document: decodePolicyDocument(p.PolicyDocument) }] : [],
  );
}

const iso = (date: Date | undefined) => (date ? { createDate: date.toISOString() } : {});

/** Every page of GetAccountAuthorizationDetails → users, groups, roles and customer-managed policies. */
export function mapAuthorizationDetails(
  pages: readonly GetAccountAuthorizationDetailsCommandOutput[],
): AuthorizationDetails {
  const details: AuthorizationDetails = { users: [], groups: [], roles: [], policies: [] };
  for (const page of pages) {
    for (const u of page.UserDetailList ?? []) {
      if (!u.Arn || !u.UserName) continue;
      details.users.push({
        name: u.UserName,
        arn: u.Arn,
        ...iso(u.CreateDate),
        groups: u.GroupList ?? [],
        attachedPolicies: attached(u.AttachedManagedPolicies),
        inlinePolicies: inline(u.UserPolicyList),
      });
    }
    for (const g of page.GroupDetailList ?? []) {
      if (!g.Arn || !g.GroupName) continue;
      details.groups.push({
        name: g.GroupName,
        arn: g.Arn,
        ...iso(g.CreateDate),
        attachedPolicies: attached(g.AttachedManagedPolicies),
        inlinePolicies: inline(g.GroupPolicyList),
      });
    }
    for (const r of page.RoleDetailList ?? []) {
      if (!r.Arn || !r.RoleName) continue;
      const lastUsed = r.RoleLastUsed?.LastUsedDate;
      details.roles.push({
        name: r.RoleName,
        arn: r.Arn,
        path: r.Path ?? '/',
        ...iso(r.CreateDate),
        trustPolicy: decodePolicyDocument(r.AssumeRolePolicyDocument),
        attachedPolicies: attached(r.AttachedManagedPolicies),
        inlinePolicies: inline(r.RolePolicyList),
        ...(lastUsed ? { lastUsed: lastUsed.toISOString() } : {}),
      });
    }
    for (const p of page.Policies ?? []) {
      if (!p.Arn || !p.PolicyName) continue;
      const versions = p.PolicyVersionList ?? [];
      const current =
        versions.find((v) => v.IsDefaultVersion) ??
        versions.find((v) => v.VersionId === p.DefaultVersionId);
      details.policies.push({
        name: p.PolicyName,
        arn: p.Arn,
        ...iso(p.CreateDate),
        attachmentCount: p.AttachmentCount ?? 0,
        document: decodePolicyDocument(current?.Document),
      });
    }
  }
  return details;
}

/** Credential report values that mean "nothing to report". */
const ABSENT = new Set(['', 'N/A', 'no_information', 'not_supported']);

function text(row: Record<string, string>, column: string): string | undefined {
  const value = row[column];
  return value === undefined || ABSENT.has(value) ? undefined : value;
}

function instant(row: Record<string, string>, column: string): string | undefined {
  const value = text(row, column);
  return value === undefined ? undefined : (parseInstant(value)?.toISOString() ?? undefined);
}

function flag(row: Record<string, string>, column: string): boolean | undefined {
  const value = text(row, column);
  return value === undefined ? undefined : value.toLowerCase() === 'true';
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function accessKey(row: Record<string, string>, slot: 1 | 2): AccessKeyReport | undefined {
  const prefix = `access_key_${slot}`;
  const active = flag(row, `${prefix}_active`) ?? false;
  const lastRotated = instant(row, `${prefix}_last_rotated`);
  // A slot that never held a key reads `false` with no rotation date.
  if (!active && lastRotated === undefined) return undefined;
  return defined({
    slot,
    active,
    lastRotated,
    lastUsed: instant(row, `${prefix}_last_used_date`),
    lastUsedRegion: text(row, `${prefix}_last_used_region`),
    lastUsedService: text(row, `${prefix}_last_used_service`),
  });
}

function reportRow(row: Record<string, string>): CredentialReportRow {
  return defined({
    user: row.user ?? '',
    arn: row.arn ?? '',
    userCreationTime: instant(row, 'user_creation_time'),
    passwordEnabled: flag(row, 'password_enabled'),
    passwordLastUsed: instant(row, 'password_last_used'),
    passwordLastChanged: instant(row, 'password_last_changed'),
    passwordNextRotation: instant(row, 'password_next_rotation'),
    mfaActive: flag(row, 'mfa_active') ?? false,
    accessKeys: [accessKey(row, 1), accessKey(row, 2)].filter(
      (k): k is AccessKeyReport => k !== undefined,
    ),
    activeCertificates: [flag(row, 'cert_1_active'), flag(row, 'cert_2_active')].filter(Boolean)
      .length,
  });
}

const ROOT_ROW = '<root_account>';

/** GetCredentialReport's CSV content → the root row and one row per IAM user. */
export function mapCredentialReport(content: Uint8Array, generatedTime?: Date): CredentialReport {
  const rows = parseCsvWithHeader(new TextDecoder('utf-8').decode(content)).map(reportRow);
  const root = rows.find((r) => r.user === ROOT_ROW);
  return {
    ...(generatedTime ? { generatedTime: generatedTime.toISOString() } : {}),
    ...(root ? { root } : {}),
    users: rows.filter((r) => r.user !== ROOT_ROW && r.arn !== ''),
  };
}

export function mapPasswordPolicy(policy: SdkPasswordPolicy | undefined): PasswordPolicy | null {
  if (policy === undefined) return null;
  return defined({
    minimumPasswordLength: policy.MinimumPasswordLength,
    requireSymbols: policy.RequireSymbols ?? false,
    requireNumbers: policy.RequireNumbers ?? false,
    requireUppercaseCharacters: policy.RequireUppercaseCharacters ?? false,
    requireLowercaseCharacters: policy.RequireLowercaseCharacters ?? false,
    allowUsersToChangePassword: policy.AllowUsersToChangePassword ?? false,
    expirePasswords: policy.ExpirePasswords ?? false,
    maxPasswordAge: policy.MaxPasswordAge,
    passwordReusePrevention: policy.PasswordReusePrevention,
    hardExpiry: policy.HardExpiry ?? false,
  });
}

export function mapVirtualMfaDevices(devices: readonly VirtualMFADevice[]): VirtualMfaDevice[] {
  return devices.flatMap((d) =>
    d.SerialNumber
      ? [{ serialNumber: d.SerialNumber, ...(d.User?.Arn ? { userArn: d.User.Arn } : {}) }]
      : [],
  );
}

export function mapServerCertificates(
  list: readonly ServerCertificateMetadata[],
): ServerCertificate[] {
  return list.flatMap((c) =>
    c.Arn && c.ServerCertificateName
      ? [
          defined({
            name: c.ServerCertificateName,
            arn: c.Arn,
            expiration: c.Expiration?.toISOString(),
            uploadDate: c.UploadDate?.toISOString(),
          }),
        ]
      : [],
  );
}

/** GetAccountSummary's map, keeping only numeric entries. */
export function mapSummary(summary: Record<string, number> | undefined): Record<string, number> {
  return Object.fromEntries(
    Object.entries(summary ?? {}).filter(([, v]) => typeof v === 'number' && Number.isFinite(v)),
  );
}
