/**
 * What the IAM scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */

/**
 * What reading the organization needs (the IAM and S3 scanners, for cross-account trust and
 * access): any member may describe it, only its management (or a delegated administrator) may list
 * it.
 */
export const ORGANIZATION_PERMISSIONS: readonly string[] = [
  'organizations:DescribeOrganization',
  'organizations:ListAccounts',
];

export const IAM_PERMISSIONS: readonly string[] = [
  'iam:GetAccountAuthorizationDetails',
  'iam:GenerateCredentialReport',
  'iam:GetCredentialReport',
  'iam:GetAccountSummary',
  'iam:GetAccountPasswordPolicy',
  'iam:ListVirtualMFADevices',
  'iam:ListServerCertificates',
  ...ORGANIZATION_PERMISSIONS,
];
