import type { ProviderCli } from '../../core/index.js';
import type { AwsAuthMode } from './auth.js';

/** Flags of `clouddiagnoze scan` for AWS, as commander parses them (camel case). */
interface AwsFlags {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  sessionName?: string;
  webIdentityTokenFile?: string;
  organization?: boolean;
  memberRoleName?: string;
  memberExternalId?: string;
  orgAccountIds?: string;
  orgOuIds?: string;
  orgTags?: string;
}

const list = (value: string | undefined): string[] | undefined =>
  value
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

function accountAuth(flags: AwsFlags): Record<string, unknown> {
  if (flags.profile && flags.roleArn)
    throw new Error('use either --profile or --role-arn, not both');
  if (flags.externalId && !flags.roleArn) throw new Error('--external-id needs --role-arn');
  let auth: Record<string, unknown> = { type: 'default' };
  if (flags.profile) auth = { type: 'profile', profile: flags.profile };
  if (flags.roleArn && flags.webIdentityTokenFile) {
    auth = {
      type: 'web_identity',
      role_arn: flags.roleArn,
      web_identity_token_file: flags.webIdentityTokenFile,
    };
  } else if (flags.roleArn) {
    auth = { type: 'sts', role_arn: flags.roleArn };
    if (flags.externalId) auth.external_id = flags.externalId;
  }
  if (flags.sessionName && flags.roleArn) auth.session_name = flags.sessionName;
  return auth;
}

/** The organization auth mode; the credentials the other flags name are the management account's. */
function organizationAuth(flags: AwsFlags, management: Record<string, unknown>) {
  const auth: Record<string, unknown> = { type: 'organization', management };
  if (flags.memberRoleName) auth.member_role_name = flags.memberRoleName;
  if (flags.memberExternalId) auth.external_id = flags.memberExternalId;
  const accountIds = list(flags.orgAccountIds);
  const ouIds = list(flags.orgOuIds);
  if (accountIds?.length) auth.account_ids = accountIds;
  if (ouIds?.length) auth.ou_ids = ouIds;
  const tags = list(flags.orgTags);
  if (tags?.length) {
    auth.tags = Object.fromEntries(
      tags.map((pair) => {
        const at = pair.indexOf('=');
        if (at < 1) throw new Error(`--org-tags takes key=value pairs, got ${pair}`);
        return [pair.slice(0, at), pair.slice(at + 1)];
      }),
    );
  }
  return auth;
}

/** The AWS options of `clouddiagnoze scan`; the auth mode they build is validated like the API's. */
export const awsCli: ProviderCli<AwsAuthMode> = {
  options: [
    { flags: '--profile <name>', description: 'AWS shared-config profile' },
    {
      flags: '--role-arn <arn>',
      description:
        'IAM role to assume (AssumeRole, or web identity with --web-identity-token-file)',
    },
    { flags: '--external-id <id>', description: 'ExternalId for --role-arn' },
    { flags: '--session-name <name>', description: 'role session name' },
    { flags: '--web-identity-token-file <file>', description: 'OIDC token file for --role-arn' },
    {
      flags: '--organization',
      description:
        'scan every account of the AWS Organization (the credentials above are the management account’s)',
    },
    {
      flags: '--member-role-name <name>',
      description: 'role assumed in each member account (default OrganizationAccountAccessRole)',
    },
    { flags: '--member-external-id <id>', description: 'ExternalId the member role requires' },
    { flags: '--org-account-ids <list>', description: 'only these comma-separated account ids' },
    {
      flags: '--org-ou-ids <list>',
      description: 'only accounts under these OUs (ou-… or r-…), at any depth',
    },
    {
      flags: '--org-tags <list>',
      description: 'only accounts carrying every one of these key=value tags',
    },
  ],
  authFromFlags(raw) {
    const flags = raw as AwsFlags;
    const orgOnly = (
      [
        ['--member-role-name', flags.memberRoleName],
        ['--member-external-id', flags.memberExternalId],
        ['--org-account-ids', flags.orgAccountIds],
        ['--org-ou-ids', flags.orgOuIds],
        ['--org-tags', flags.orgTags],
      ] as const
    ).find(([, value]) => value !== undefined);
    if (orgOnly && !flags.organization) throw new Error(`${orgOnly[0]} needs --organization`);
    const auth = accountAuth(flags);
    // Validated against the provider's schema with the rest of the request, as the API does.
    return (flags.organization ? organizationAuth(flags, auth) : auth) as AwsAuthMode;
  },
};
