import type {
  AttachedPolicy as SdkAttachedPolicy,
  Tag,
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
  ManagedPolicy,
  PasswordPolicy,
  ServerCertificate,
  VirtualMfaDevice,
} from './model.js';
import { decodePolicyDocument } from '../../policy/index.js';

/**
 * The last segment of an IAM ARN (`arn:aws:iam::111122223333:policy/team/deploy` → `deploy`): the
 * name when an answer leaves it out (some endpoints omit PolicyName in the Policies list).
 */
export function nameFromArn(arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  return resource.slice(resource.lastIndexOf('/') + 1) || arn;
}

function attached(list: SdkAttachedPolicy[] | undefined): AttachedPolicy[] {
  return (list ?? []).flatMap((p) =>
    p.PolicyArn ? [{ name: p.PolicyName ?? nameFromArn(p.PolicyArn), arn: p.PolicyArn }] : [],
  );
}

function tags(list: Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of list ?? []) if (tag.Key !== undefined) out[tag.Key] = tag.Value ?? '';
  return out;
}

/** AWS-managed policies live in the `aws` account of the partition: `arn:aws:iam::aws:policy/…`. */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return arn.split(':')[4] === 'aws';
}

function inline(list: PolicyDetail[] | undefined): InlinePolicy[] {
  return (list ?? []).flatMap((p) =>
    p.PolicyName ? [{ name: p.PolicyName, document: decodePolicyDocument(p.PolicyDocument) }] : [],
  );
}

const iso = (date: Date | undefined) => (date ? { createDate: date.toISOString() } : {});

/**
 * Every page of GetAccountAuthorizationDetails → users, groups, roles, customer-managed policies and
 * the AWS-managed policies in use. An entry is kept whenever it has an ARN: a missing name is read
 * from the ARN, never a reason to drop it (the inventory and the admin checks count on every one).
 */
export function mapAuthorizationDetails(
  pages: readonly GetAccountAuthorizationDetailsCommandOutput[],
): AuthorizationDetails {
  const details: AuthorizationDetails = {
    users: [],
    groups: [],
    roles: [],
    policies: [],
    awsManagedPolicies: [],
  };
  for (const page of pages) {
    for (const u of page.UserDetailList ?? []) {
      if (!u.Arn) continue;
      details.users.push({
        name: u.UserName ?? nameFromArn(u.Arn),
        arn: u.Arn,
        ...iso(u.CreateDate),
        tags: tags(u.Tags),
        groups: u.GroupList ?? [],
        attachedPolicies: attached(u.AttachedManagedPolicies),
        inlinePolicies: inline(u.UserPolicyList),
      });
    }
    for (const g of page.GroupDetailList ?? []) {
      if (!g.Arn) continue;
      details.groups.push({
        name: g.GroupName ?? nameFromArn(g.Arn),
        arn: g.Arn,
        ...iso(g.CreateDate),
        attachedPolicies: attached(g.AttachedManagedPolicies),
        inlinePolicies: inline(g.GroupPolicyList),
      });
    }
    for (const r of page.RoleDetailList ?? []) {
      if (!r.Arn) continue;
      const lastUsed = r.RoleLastUsed?.LastUsedDate;
      details.roles.push({
        name: r.RoleName ?? nameFromArn(r.Arn),
        arn: r.Arn,
        path: r.Path ?? '/',
        ...iso(r.CreateDate),
        tags: tags(r.Tags),
        trustPolicy: decodePolicyDocument(r.AssumeRolePolicyDocument),
        attachedPolicies: attached(r.AttachedManagedPolicies),
        inlinePolicies: inline(r.RolePolicyList),
        ...(lastUsed ? { lastUsed: lastUsed.toISOString() } : {}),
      });
    }
    for (const p of page.Policies ?? []) {
      if (!p.Arn) continue;
      const versions = p.PolicyVersionList ?? [];
      const current =
        versions.find((v) => v.IsDefaultVersion) ??
        versions.find((v) => v.VersionId === p.DefaultVersionId);
      const policy: ManagedPolicy = {
        name: p.PolicyName ?? nameFromArn(p.Arn),
        arn: p.Arn,
        ...iso(p.CreateDate),
        attachmentCount: p.AttachmentCount ?? 0,
        document: decodePolicyDocument(current?.Document),
      };
      if (!isAwsManagedPolicyArn(p.Arn)) details.policies.push(policy);
      // IAM lists the AWS-managed policies in use; an endpoint that lists them all is trimmed here.
      else if (policy.attachmentCount > 0) details.awsManagedPolicies.push(policy);
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
