import type { JsonValue } from '../../../core/index.js';
import type {
  AuthorizationDetails,
  CredentialReportRow,
  IamGroup,
  IamRole,
  IamSnapshot,
  IamUser,
  ManagedPolicy,
  PasswordPolicy,
  ServerCertificate,
} from '../../../providers/aws/services/iam/model.js';
import { ACCOUNT, daysAgo, NOW } from '../testing.js';

export const ACCOUNT_ARN = `arn:aws:iam::${ACCOUNT}:root`;

export function userRow(
  name: string,
  overrides: Partial<CredentialReportRow> = {},
): CredentialReportRow {
  return {
    user: name,
    arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    userCreationTime: daysAgo(400),
    passwordEnabled: false,
    mfaActive: false,
    accessKeys: [],
    activeCertificates: 0,
    ...overrides,
  };
}

export function rootRow(overrides: Partial<CredentialReportRow> = {}): CredentialReportRow {
  // The report says not_supported for the root user's password_enabled.
  return {
    ...userRow('<root_account>'),
    arn: ACCOUNT_ARN,
    passwordEnabled: undefined,
    mfaActive: true,
    ...overrides,
  };
}

export const STRONG_POLICY: PasswordPolicy = {
  minimumPasswordLength: 14,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
  allowUsersToChangePassword: true,
  expirePasswords: true,
  maxPasswordAge: 90,
  passwordReusePrevention: 24,
  hardExpiry: false,
};

export const EMPTY_DETAILS: AuthorizationDetails = {
  users: [],
  groups: [],
  roles: [],
  policies: [],
  awsManagedPolicies: [],
};

/** A snapshot where every read succeeded, with nothing in it but what the test adds. */
export function snapshot(
  parts: {
    users?: CredentialReportRow[];
    root?: CredentialReportRow;
    details?: Partial<AuthorizationDetails>;
    passwordPolicy?: PasswordPolicy | null;
    summary?: Record<string, number>;
    virtualMfaDevices?: { serialNumber: string; userArn?: string }[];
    serverCertificates?: ServerCertificate[];
  } = {},
): IamSnapshot {
  return {
    partitionRegion: 'us-east-1',
    authorization: { state: 'available', value: { ...EMPTY_DETAILS, ...parts.details } },
    credentialReport: {
      state: 'available',
      value: {
        generatedTime: NOW.toISOString(),
        root: parts.root ?? rootRow(),
        users: parts.users ?? [],
      },
    },
    summary: { state: 'available', value: parts.summary ?? {} },
    passwordPolicy: {
      state: 'available',
      value: parts.passwordPolicy === undefined ? STRONG_POLICY : parts.passwordPolicy,
    },
    virtualMfaDevices: { state: 'available', value: parts.virtualMfaDevices ?? [] },
    serverCertificates: { state: 'available', value: parts.serverCertificates ?? [] },
  };
}

export const DENIED = (call: string) =>
  ({ state: 'denied', call, errorCode: 'AccessDenied' }) as const;

export const ADMIN_DOCUMENT: JsonValue = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

export function iamUser(name: string, extra: Partial<IamUser> = {}): IamUser {
  return {
    name,
    arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    groups: [],
    tags: {},
    attachedPolicies: [],
    inlinePolicies: [],
    ...extra,
  };
}

export function iamGroup(name: string, extra: Partial<IamGroup> = {}): IamGroup {
  return {
    name,
    arn: `arn:aws:iam::${ACCOUNT}:group/${name}`,
    attachedPolicies: [],
    inlinePolicies: [],
    ...extra,
  };
}

export function iamRole(name: string, extra: Partial<IamRole> = {}): IamRole {
  return {
    name,
    arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    path: '/',
    tags: {},
    trustPolicy: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    },
    attachedPolicies: [],
    inlinePolicies: [],
    ...extra,
  };
}

export function managedPolicy(
  arn: string,
  document: JsonValue | null,
  attachmentCount = 1,
): ManagedPolicy {
  return { name: arn.slice(arn.lastIndexOf('/') + 1), arn, attachmentCount, document };
}
