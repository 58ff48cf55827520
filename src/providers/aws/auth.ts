import { z } from 'zod';
import { redactSecrets, type RedactedAuthMode } from '../../core/index.js';

const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@\-/]{1,512}$/;

const roleArn = z
  .string()
  .regex(
    ROLE_ARN,
    'must be an IAM role ARN such as arn:aws:iam::123456789012:role/CloudDiagnozeScan',
  );
const sessionName = z
  .string()
  .regex(/^[\w+=,.@-]{2,64}$/, 'must be 2–64 characters of letters, digits and +=,.@_-');

const externalId = z
  .string()
  .regex(/^[\w+=,.@:/-]{2,1224}$/, 'must be 2–1224 characters of letters, digits and +=,.@:/_-');

/** The modes that authenticate as one account (and the management account of an organization). */
const accountModes = [
  z
    .object({ type: z.literal('default') })
    .strict()
    .meta({ title: 'SDK default chain (environment, SSO, instance role)' }),
  z
    .object({ type: z.literal('profile'), profile: z.string().min(1).max(128) })
    .strict()
    .meta({ title: 'Shared-config profile' }),
  z
    .object({
      type: z.literal('sts'),
      role_arn: roleArn,
      external_id: externalId.optional(),
      session_name: sessionName.optional(),
      duration_seconds: z.number().int().min(900).max(43_200).optional(),
    })
    .strict()
    .meta({ title: 'Assume a role (STS)' }),
  z
    .object({
      type: z.literal('web_identity'),
      role_arn: roleArn,
      web_identity_token_file: z.string().min(1).optional(),
      session_name: sessionName.optional(),
    })
    .strict()
    .meta({ title: 'Web identity (OIDC)' }),
  z
    .object({
      type: z.literal('access_keys'),
      access_key_id: z
        .string()
        .regex(/^(AKIA|ASIA)[A-Z0-9]{12,124}$/, 'must be an AWS access key id (AKIA… or ASIA…)'),
      secret_access_key: z.string().min(16).max(128),
      session_token: z.string().min(1).optional(),
    })
    .strict()
    .meta({ title: 'Access keys' }),
] as const;

export const awsAccountAuthModeSchema = z.discriminatedUnion('type', accountModes);

export type AwsAccountAuthMode = z.infer<typeof awsAccountAuthModeSchema>;

export const DEFAULT_MEMBER_ROLE_NAME = 'OrganizationAccountAccessRole';

/**
 * A whole AWS Organization: the management (or delegated administrator) account's credentials
 * list the member accounts, and a role assumed in each scans it.
 */
export const awsOrganizationAuthModeSchema = z
  .object({
    type: z.literal('organization'),
    management: awsAccountAuthModeSchema
      .default({ type: 'default' })
      .describe('Credentials of the management or delegated administrator account'),
    member_role_name: z
      .string()
      .regex(
        /^[\w+=,.@-]{1,64}(\/[\w+=,.@-]{1,64})*$/,
        'must be an IAM role name (with its path, if any) such as OrganizationAccountAccessRole',
      )
      .max(512)
      .refine(
        (name) => !name.split('/').some((segment) => /^\.+$/.test(segment)),
        'must be an IAM role name: a path segment of only dots (such as ..) is not one',
      )
      .default(DEFAULT_MEMBER_ROLE_NAME)
      .describe('The role assumed in each member account'),
    external_id: externalId.optional().describe('ExternalId the member role requires'),
    session_name: sessionName.optional(),
    duration_seconds: z.number().int().min(900).max(43_200).optional(),
    account_ids: z
      .array(z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id'))
      .min(1)
      .max(10_000)
      .optional()
      .describe('Only these accounts'),
    ou_ids: z
      .array(
        z
          .string()
          .regex(
            /^(ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}|r-[0-9a-z]{4,32})$/,
            'must be an organizational unit id (ou-…) or a root id (r-…)',
          ),
      )
      .min(1)
      .max(1_000)
      .optional()
      .describe('Only accounts under these organizational units, at any depth'),
    tags: z
      .record(z.string().min(1).max(128), z.string().max(256))
      .optional()
      .describe('Only accounts carrying every one of these tags (key → value)'),
    include_management: z
      .boolean()
      .default(true)
      .describe('Scan the account of the management credentials too'),
  })
  .strict()
  .meta({ title: 'Organization (a role in every member account)' });

export type AwsOrganizationAuthMode = z.infer<typeof awsOrganizationAuthModeSchema>;

export const awsAuthModeSchema = z.discriminatedUnion('type', [
  ...accountModes,
  awsOrganizationAuthModeSchema,
]);

export type AwsAuthMode = z.infer<typeof awsAuthModeSchema>;

/** Fields that are never stored, logged or shown in clear. */
export const AWS_SECRET_FIELDS = ['secret_access_key', 'session_token', 'external_id'] as const;

/**
 * The auth mode with every secret masked. A scan record holds flat values only, so an organization's
 * management credentials appear as `management.<field>` and its filters as comma-separated lists;
 * an access key id keeps its first and last four characters, tags read `key=value`.
 */
export function redactAwsAuth(auth: AwsAuthMode): RedactedAuthMode {
  return redactSecrets(auth, AWS_SECRET_FIELDS, (key, value) => {
    if (key === 'access_key_id') return `${String(value).slice(0, 4)}…${String(value).slice(-4)}`;
    if (key === 'tags' && typeof value === 'object' && value !== null) {
      return Object.entries(value as Record<string, string>)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
    }
    return undefined;
  });
}
