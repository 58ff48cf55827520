import type { EventDraft, JsonValue, ScanOptions } from '../../../../core/index.js';
import { accountId as accountResourceId } from '../../arn.js';
import { IAM_METRIC } from './metrics.js';
import type {
  CredentialReportRow,
  IamGroup,
  IamRole,
  IamSnapshot,
  IamUser,
  InlinePolicy,
  ManagedPolicy,
  ServerCertificate,
  Source,
  AttachedPolicy,
  AuthorizationDetails,
} from './model.js';
import {
  externalAccounts,
  grants,
  isAdminPolicy,
  parseStatements,
  roleAdminAccess,
  userAdminAccess,
  type AdminAccess,
} from '../../policy/index.js';

type JsonObject = { [key: string]: JsonValue };

/** Days without use after which a user or an access key counts as inactive, unless the scan says otherwise. */
export const DEFAULT_INACTIVITY_DAYS = 90;
/** Age after which an active access key is due for rotation. */
export const KEY_ROTATION_DAYS = 90;
const DAY_MS = 86_400_000;
const SERVICE_LINKED_PATH = '/aws-service-role/';

export interface ExtractContext {
  accountId: string;
  options: ScanOptions;
  clock: { now(): Date };
}

/** `iam_inactivity_days` when the scan's options carry a positive number, the default otherwise. */
export function inactivityDays(options: ScanOptions): number {
  const value = (options as unknown as Record<string, unknown>).iam_inactivity_days;
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? value
    : DEFAULT_INACTIVITY_DAYS;
}

function daysSince(iso: string | undefined, now: Date): number | undefined {
  if (iso === undefined) return undefined;
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return undefined;
  return Math.max(0, Math.floor((now.getTime() - then) / DAY_MS));
}

function latest(instants: (string | undefined)[]): string | undefined {
  const known = instants.filter((i): i is string => i !== undefined);
  return known.length === 0
    ? undefined
    : known.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

function sourceValue<T>(source: Source<T>, render: (value: T) => JsonObject): JsonObject {
  return source.state === 'available'
    ? { state: 'available', ...render(source.value) }
    : { state: source.state, call: source.call, error_code: source.errorCode };
}

class Emitter {
  readonly events: EventDraft[] = [];
  emit(
    resource_id: string,
    metric_type: string,
    metric_value: EventDraft['metric_value'] | undefined,
  ): void {
    if (metric_value !== undefined) this.events.push({ resource_id, metric_type, metric_value });
  }
}

function* accountEvents(snapshot: IamSnapshot, ctx: ExtractContext): Generator<EventDraft> {
  const out = new Emitter();
  const account = accountResourceId(ctx.accountId, snapshot.partitionRegion);
  const now = ctx.clock.now();

  out.emit(
    account,
    IAM_METRIC.authorizationDetails,
    sourceValue(snapshot.authorization, (d) => ({
      users_count: d.users.length,
      groups_count: d.groups.length,
      roles_count: d.roles.length,
      customer_managed_policies_count: d.policies.length,
      aws_managed_policies_attached_count: d.awsManagedPolicies.length,
    })),
  );
  out.emit(
    account,
    IAM_METRIC.credentialReport,
    sourceValue(snapshot.credentialReport, (r) => ({
      generated_time: r.generatedTime ?? null,
      users_count: r.users.length,
    })),
  );
  out.emit(
    account,
    IAM_METRIC.accountSummary,
    sourceValue(snapshot.summary, (summary) => ({ summary })),
  );
  const policy = snapshot.passwordPolicy;
  out.emit(
    account,
    IAM_METRIC.passwordPolicy,
    policy.state !== 'available'
      ? sourceValue(policy, () => ({}))
      : policy.value === null
        ? { state: 'none' }
        : {
            state: 'configured',
            minimum_password_length: policy.value.minimumPasswordLength ?? null,
            require_symbols: policy.value.requireSymbols,
            require_numbers: policy.value.requireNumbers,
            require_uppercase_characters: policy.value.requireUppercaseCharacters,
            require_lowercase_characters: policy.value.requireLowercaseCharacters,
            allow_users_to_change_password: policy.value.allowUsersToChangePassword,
            expire_passwords: policy.value.expirePasswords,
            max_password_age: policy.value.maxPasswordAge ?? null,
            password_reuse_prevention: policy.value.passwordReusePrevention ?? null,
            hard_expiry: policy.value.hardExpiry,
          },
  );
  out.emit(
    account,
    IAM_METRIC.virtualMfaDevices,
    sourceValue(snapshot.virtualMfaDevices, (devices) => ({
      count: devices.length,
      assigned_count: devices.filter((d) => d.userArn !== undefined).length,
    })),
  );

  if (snapshot.organization !== undefined) {
    out.emit(
      account,
      IAM_METRIC.organization,
      sourceValue(snapshot.organization, (org) =>
        org === null
          ? { id: null }
          : {
              id: org.id,
              management_account_id: org.managementAccountId ?? null,
              accounts_count: org.accounts.state === 'available' ? org.accounts.value.length : null,
              ...(org.accounts.state === 'available'
                ? {}
                : {
                    accounts_call: org.accounts.call,
                    accounts_error_code: org.accounts.errorCode,
                  }),
            },
      ),
    );
  }
  out.emit(
    account,
    IAM_METRIC.serverCertificates,
    sourceValue(snapshot.serverCertificates, (certificates) => ({
      count: certificates.length,
      expired_count: certificates.filter((c) => isExpired(c, now)).length,
    })),
  );

  const root =
    snapshot.credentialReport.state === 'available'
      ? snapshot.credentialReport.value.root
      : undefined;
  if (root !== undefined) {
    out.emit(account, IAM_METRIC.rootMfaEnabled, root.mfaActive);
    out.emit(
      account,
      IAM_METRIC.rootAccessKeysActive,
      root.accessKeys.some((k) => k.active),
    );
    out.emit(account, IAM_METRIC.rootPasswordLastUsedDays, daysSince(root.passwordLastUsed, now));
    out.emit(
      account,
      IAM_METRIC.rootAccessKeyLastUsedDays,
      daysSince(latest(root.accessKeys.map((k) => k.lastUsed)), now),
    );
    if (snapshot.virtualMfaDevices.state === 'available') {
      const rootVirtual = snapshot.virtualMfaDevices.value.some((d) => d.userArn === root.arn);
      out.emit(account, IAM_METRIC.rootHardwareMfaEnabled, root.mfaActive && !rootVirtual);
    }
  }
  yield* out.events;
}

function* policyHolderEvents(
  arn: string,
  attached: AttachedPolicy[],
  inline: InlinePolicy[],
): Generator<EventDraft> {
  yield {
    resource_id: arn,
    metric_type: IAM_METRIC.attachedPolicies,
    metric_value: attached.map((p) => p.arn),
  };
  yield {
    resource_id: arn,
    metric_type: IAM_METRIC.inlinePolicies,
    metric_value: inline.map((p) => p.name),
  };
  yield {
    resource_id: arn,
    metric_type: IAM_METRIC.inlinePoliciesFullAdmin,
    metric_value: inline.filter((p) => isAdminPolicy(p.document)).map((p) => p.name),
  };
}

function* credentialEvents(row: CredentialReportRow, ctx: ExtractContext): Generator<EventDraft> {
  const out = new Emitter();
  const now = ctx.clock.now();
  const threshold = inactivityDays(ctx.options);
  const arn = row.arn;

  out.emit(arn, IAM_METRIC.userMfaEnabled, row.mfaActive);
  const passwordEnabled = row.passwordEnabled ?? false;
  out.emit(arn, IAM_METRIC.userPasswordEnabled, passwordEnabled);
  if (passwordEnabled) {
    out.emit(
      arn,
      IAM_METRIC.userPasswordAgeDays,
      daysSince(row.passwordLastChanged ?? row.userCreationTime, now),
    );
  }
  out.emit(arn, IAM_METRIC.userPasswordLastUsedDays, daysSince(row.passwordLastUsed, now));

  const keys = row.accessKeys.map((k) => ({
    key: k,
    ageDays: daysSince(k.lastRotated, now),
    lastUsedDays: daysSince(k.lastUsed, now),
  }));
  out.emit(
    arn,
    IAM_METRIC.userAccessKeys,
    keys.map(({ key, ageDays, lastUsedDays }) => ({
      slot: key.slot,
      active: key.active,
      age_days: ageDays ?? null,
      last_used_days: lastUsedDays ?? null,
      last_used_service: key.lastUsedService ?? null,
    })),
  );
  const active = keys.filter((k) => k.key.active);
  out.emit(arn, IAM_METRIC.userActiveAccessKeysCount, active.length);
  out.emit(
    arn,
    IAM_METRIC.userAccessKeysRotationOverdue,
    active.some((k) => (k.ageDays ?? 0) > KEY_ROTATION_DAYS),
  );
  out.emit(
    arn,
    IAM_METRIC.userAccessKeysUnused,
    active.some((k) => (k.lastUsedDays ?? k.ageDays ?? 0) > threshold),
  );

  const lastActivity = latest([row.passwordLastUsed, ...row.accessKeys.map((k) => k.lastUsed)]);
  out.emit(arn, IAM_METRIC.userLastActivityDays, daysSince(lastActivity, now));
  // A user that never signed in counts from its creation: a new user is not yet inactive.
  const idleDays = daysSince(lastActivity ?? row.userCreationTime, now);
  if (idleDays !== undefined) out.emit(arn, IAM_METRIC.userInactive, idleDays > threshold);
  yield* out.events;
}

function adminValue(access: AdminAccess): JsonObject {
  return { admin: access.admin, via: access.via, unknown_policies: access.unknown };
}

function* userEvents(user: IamUser, details: AuthorizationDetails): Generator<EventDraft> {
  if (user.createDate)
    yield {
      resource_id: user.arn,
      metric_type: IAM_METRIC.createDate,
      metric_value: user.createDate,
    };
  yield { resource_id: user.arn, metric_type: IAM_METRIC.userGroups, metric_value: user.groups };
  yield { resource_id: user.arn, metric_type: IAM_METRIC.tags, metric_value: user.tags };
  yield {
    resource_id: user.arn,
    metric_type: IAM_METRIC.userAdminAccess,
    metric_value: adminValue(userAdminAccess(user, details)),
  };
  yield* policyHolderEvents(user.arn, user.attachedPolicies, user.inlinePolicies);
}

function* groupEvents(group: IamGroup, members: number): Generator<EventDraft> {
  if (group.createDate)
    yield {
      resource_id: group.arn,
      metric_type: IAM_METRIC.createDate,
      metric_value: group.createDate,
    };
  yield {
    resource_id: group.arn,
    metric_type: IAM_METRIC.groupMembersCount,
    metric_value: members,
  };
  yield* policyHolderEvents(group.arn, group.attachedPolicies, group.inlinePolicies);
}

export interface TrustAnalysis {
  principals: {
    everyone: boolean;
    aws: string[];
    service: string[];
    federated: string[];
    canonical_user: string[];
  };
  externalAccounts: string[];
  trustsAnyPrincipal: boolean;
  externalTrustWithoutExternalId: boolean;
}

/** Who a role's trust policy lets in, read from its Allow statements. */
export function analyseTrust(trustPolicy: JsonValue | null, accountId: string): TrustAnalysis {
  const statements = parseStatements(trustPolicy);
  const sets = {
    aws: new Set<string>(),
    service: new Set<string>(),
    federated: new Set<string>(),
    canonical: new Set<string>(),
  };
  let everyone = false;
  let withoutExternalId = false;
  const granted = grants(statements);
  for (const grant of granted) {
    const statement = statements[grant.index];
    const p = statement?.principal;
    if (statement === undefined) continue;
    if (p) {
      everyone ||= p.anyone;
      p.aws.forEach((v) => sets.aws.add(v));
      if (p.anyone) sets.aws.add('*');
      p.service.forEach((v) => sets.service.add(v));
      p.federated.forEach((v) => sets.federated.add(v));
      p.canonicalUser.forEach((v) => sets.canonical.add(v));
    }
    const external = externalAccounts([grant], { self: accountId });
    const hasExternalId = statement.conditions.some((c) => c.key === 'sts:externalid');
    if ((p?.anyone === true || external.length > 0) && !hasExternalId) withoutExternalId = true;
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    principals: {
      everyone,
      aws: sorted(sets.aws),
      service: sorted(sets.service),
      federated: sorted(sets.federated),
      canonical_user: sorted(sets.canonical),
    },
    externalAccounts: externalAccounts(granted, { self: accountId }),
    trustsAnyPrincipal: granted.some((g) => g.public),
    externalTrustWithoutExternalId: withoutExternalId,
  };
}

function* roleEvents(
  role: IamRole,
  details: AuthorizationDetails,
  ctx: ExtractContext,
): Generator<EventDraft> {
  const out = new Emitter();
  const arn = role.arn;
  out.emit(arn, IAM_METRIC.createDate, role.createDate);
  out.emit(arn, IAM_METRIC.tags, role.tags);
  out.emit(arn, IAM_METRIC.roleAdminAccess, adminValue(roleAdminAccess(role, details)));
  out.emit(arn, IAM_METRIC.roleServiceLinked, role.path.startsWith(SERVICE_LINKED_PATH));
  out.emit(arn, IAM_METRIC.roleLastUsedDays, daysSince(role.lastUsed, ctx.clock.now()));
  const trust = analyseTrust(role.trustPolicy, ctx.accountId);
  out.emit(arn, IAM_METRIC.roleTrustPrincipals, trust.principals);
  out.emit(arn, IAM_METRIC.roleTrustedExternalAccounts, trust.externalAccounts);
  out.emit(arn, IAM_METRIC.roleTrustsAnyPrincipal, trust.trustsAnyPrincipal);
  out.emit(
    arn,
    IAM_METRIC.roleExternalTrustWithoutExternalId,
    trust.externalTrustWithoutExternalId,
  );
  yield* out.events;
  yield* policyHolderEvents(arn, role.attachedPolicies, role.inlinePolicies);
}

function* managedPolicyEvents(policy: ManagedPolicy): Generator<EventDraft> {
  if (policy.createDate)
    yield {
      resource_id: policy.arn,
      metric_type: IAM_METRIC.createDate,
      metric_value: policy.createDate,
    };
  yield {
    resource_id: policy.arn,
    metric_type: IAM_METRIC.policyAttachmentCount,
    metric_value: policy.attachmentCount,
  };
  yield {
    resource_id: policy.arn,
    metric_type: IAM_METRIC.policyFullAdmin,
    metric_value: isAdminPolicy(policy.document),
  };
}

/** Past its expiration date; a certificate IAM gave no date for is not called expired. */
function isExpired(certificate: ServerCertificate, now: Date): boolean {
  if (certificate.expiration === undefined) return false;
  const expiry = Date.parse(certificate.expiration);
  return !Number.isNaN(expiry) && expiry <= now.getTime();
}

function* serverCertificateEvents(
  certificate: ServerCertificate,
  now: Date,
): Generator<EventDraft> {
  const out = new Emitter();
  const arn = certificate.arn;
  out.emit(arn, IAM_METRIC.serverCertificateExpiration, certificate.expiration);
  out.emit(arn, IAM_METRIC.serverCertificateUploadDate, certificate.uploadDate);
  if (certificate.expiration !== undefined) {
    out.emit(arn, IAM_METRIC.serverCertificateExpired, isExpired(certificate, now));
  }
  yield* out.events;
}

/**
 * Pure: the account's IAM snapshot → events: account, server certificates, users, groups, roles,
 * customer-managed policies.
 */
export function* extractIam(snapshot: IamSnapshot, ctx: ExtractContext): Generator<EventDraft> {
  yield* accountEvents(snapshot, ctx);
  if (snapshot.serverCertificates.state === 'available') {
    const now = ctx.clock.now();
    for (const certificate of snapshot.serverCertificates.value) {
      yield* serverCertificateEvents(certificate, now);
    }
  }

  const details =
    snapshot.authorization.state === 'available' ? snapshot.authorization.value : undefined;
  const report =
    snapshot.credentialReport.state === 'available' ? snapshot.credentialReport.value : undefined;

  // Users come from both sources: the report may predate a new user, the details may be denied.
  const rows = new Map((report?.users ?? []).map((row) => [row.arn, row]));
  for (const user of details?.users ?? []) {
    yield* userEvents(user, details!);
    const row = rows.get(user.arn);
    if (row !== undefined) yield* credentialEvents(row, ctx);
    rows.delete(user.arn);
  }
  for (const row of rows.values()) yield* credentialEvents(row, ctx);

  if (details === undefined) return;
  const members = new Map<string, number>();
  for (const user of details.users) {
    for (const group of user.groups) members.set(group, (members.get(group) ?? 0) + 1);
  }
  for (const group of details.groups) yield* groupEvents(group, members.get(group.name) ?? 0);
  for (const role of details.roles) yield* roleEvents(role, details, ctx);
  for (const policy of [...details.policies, ...details.awsManagedPolicies]) {
    yield* managedPolicyEvents(policy);
  }
}
