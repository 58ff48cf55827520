import type { PermissionFormat } from '../../core/index.js';
import type { AwsAuthMode } from './auth.js';

/** Every scan resolves its account and the account's enabled regions once, whatever its services. */
const SCAN_BASELINE = ['sts:GetCallerIdentity', 'ec2:DescribeRegions'];

/** What the organization mode calls itself: listing members and assuming the member role. */
export const ORGANIZATION_PERMISSIONS = [
  'organizations:ListAccounts',
  'organizations:ListAccountsForParent',
  'organizations:ListOrganizationalUnitsForParent',
  'organizations:ListTagsForResource',
  'sts:AssumeRole',
];

/** The read-only IAM policy (JSON) a scan needs, from the scanners' own declarations. */
export const awsPermissions: PermissionFormat<AwsAuthMode> = {
  format: 'aws-iam-policy',
  mediaType: 'application/json',
  pattern: /^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/,
  /** Without an auth mode: everything any mode may call (the policy of a management account). */
  baseline(auth) {
    return auth === undefined || auth.type === 'organization'
      ? [...SCAN_BASELINE, ...ORGANIZATION_PERMISSIONS]
      : SCAN_BASELINE;
  },
  render(permissions) {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'CloudDiagnozeReadOnly',
          Effect: 'Allow',
          Action: [...new Set(permissions)].sort(),
          Resource: '*',
        },
      ],
    };
    return JSON.stringify(policy, null, 2) + '\n';
  },
};
