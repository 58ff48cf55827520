import type { JsonValue } from '../../../../core/index.js';
import { scannerRef } from '../../../../core/index.js';

/** The account's IAM snapshot in our own compact types: extractors never see SDK shapes. */

/** One account-wide read: its answer, or which call was denied or failed. */
export type Source<T> =
  | { state: 'available'; value: T }
  | { state: 'denied'; call: string; errorCode: string }
  | { state: 'error'; call: string; errorCode: string };

export interface AttachedPolicy {
  name: string;
  arn: string;
}

export interface InlinePolicy {
  name: string;
  /** URL-decoded, parsed; null when unreadable. */
  document: JsonValue | null;
}

export type Tags = Record<string, string>;

export interface IamUser {
  name: string;
  arn: string;
  /** ISO 8601, UTC. */
  createDate?: string;
  tags: Tags;
  groups: string[];
  attachedPolicies: AttachedPolicy[];
  inlinePolicies: InlinePolicy[];
}

export interface IamGroup {
  name: string;
  arn: string;
  createDate?: string;
  attachedPolicies: AttachedPolicy[];
  inlinePolicies: InlinePolicy[];
}

export interface IamRole {
  name: string;
  arn: string;
  path: string;
  createDate?: string;
  tags: Tags;
  trustPolicy: JsonValue | null;
  attachedPolicies: AttachedPolicy[];
  inlinePolicies: InlinePolicy[];
  /** ISO 8601, UTC; absent when IAM has no record of a use (tracked for 400 days). */
  lastUsed?: string;
}

export interface ManagedPolicy {
  name: string;
  arn: string;
  createDate?: string;
  attachmentCount: number;
  /** The default version's document. */
  document: JsonValue | null;
}

export interface AuthorizationDetails {
  users: IamUser[];
  groups: IamGroup[];
  roles: IamRole[];
  /** Customer-managed policies, every one of them. */
  policies: ManagedPolicy[];
  /** AWS-managed policies attached to someone in the account, with their default version. */
  awsManagedPolicies: ManagedPolicy[];
}

export interface AccessKeyReport {
  slot: 1 | 2;
  active: boolean;
  /** ISO 8601 instants; absent when the report says N/A. */
  lastRotated?: string;
  lastUsed?: string;
  lastUsedRegion?: string;
  lastUsedService?: string;
}

/** One row of the credential report; absent fields were N/A, no_information or not_supported. */
export interface CredentialReportRow {
  user: string;
  arn: string;
  userCreationTime?: string;
  passwordEnabled?: boolean;
  passwordLastUsed?: string;
  passwordLastChanged?: string;
  passwordNextRotation?: string;
  mfaActive: boolean;
  accessKeys: AccessKeyReport[];
  activeCertificates: number;
}

export interface CredentialReport {
  /** ISO 8601. */
  generatedTime?: string;
  root?: CredentialReportRow;
  users: CredentialReportRow[];
}

export interface PasswordPolicy {
  minimumPasswordLength?: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  allowUsersToChangePassword: boolean;
  expirePasswords: boolean;
  maxPasswordAge?: number;
  passwordReusePrevention?: number;
  hardExpiry: boolean;
}

export interface VirtualMfaDevice {
  serialNumber: string;
  /** ARN of the user (or root) it is assigned to; absent when unassigned. */
  userArn?: string;
}

export interface ServerCertificate {
  name: string;
  arn: string;
  /** ISO 8601, UTC; absent when IAM did not say. */
  expiration?: string;
  uploadDate?: string;
}

/** The AWS Organization the account belongs to. */
export interface Organization {
  id: string;
  managementAccountId?: string;
  /** Its accounts (ListAccounts answers only the management account or a delegated administrator). */
  accounts: Source<string[]>;
}

export interface IamSnapshot {
  /** Region whose partition the account's ARN belongs to (the unit's home region). */
  partitionRegion: string;
  authorization: Source<AuthorizationDetails>;
  credentialReport: Source<CredentialReport>;
  summary: Source<Record<string, number>>;
  /** null: the account has no password policy (IAM defaults apply). */
  passwordPolicy: Source<PasswordPolicy | null>;
  virtualMfaDevices: Source<VirtualMfaDevice[]>;
  /** SSL/TLS certificates uploaded to IAM (ListServerCertificates). */
  serverCertificates: Source<ServerCertificate[]>;
  /**
   * The account's organization (null: it belongs to none); its accounts are trusted by default by
   * the cross-account checks. Absent in snapshots built without it.
   */
  organization?: Source<Organization | null>;
}

/** The IAM scanner, as its checks name it. */
export const IAM = scannerRef<IamSnapshot>('aws', 'iam');
