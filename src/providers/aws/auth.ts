import { z } from 'zod';
import type { RedactedAuthMode } from '../../core/index.js';

const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@\-/]{1,512}$/;
const MASK = '********';

const roleArn = z
  .string()
  .regex(
    ROLE_ARN,
    'must be an IAM role ARN such as arn:aws:iam::123456789012:role/CloudDiagnozeScan',
  );
const sessionName = z
  .string()
  .regex(/^[\w+=,.@-]{2,64}$/, 'must be 2–64 characters of letters, digits and +=,.@_-');

export const awsAuthModeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('default') }).strict(),
  z.object({ type: z.literal('profile'), profile: z.string().min(1).max(128) }).strict(),
  z
    .object({
      type: z.literal('sts'),
      role_arn: roleArn,
      external_id: z
        .string()
        .regex(
          /^[\w+=,.@:/-]{2,1224}$/,
          'must be 2–1224 characters of letters, digits and +=,.@:/_-',
        )
        .optional(),
      session_name: sessionName.optional(),
      duration_seconds: z.number().int().min(900).max(43_200).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('web_identity'),
      role_arn: roleArn,
      web_identity_token_file: z.string().min(1).optional(),
      session_name: sessionName.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('access_keys'),
      access_key_id: z
        .string()
        .regex(/^(AKIA|ASIA)[A-Z0-9]{12,124}$/, 'must be an AWS access key id (AKIA… or ASIA…)'),
      secret_access_key: z.string().min(16).max(128),
      session_token: z.string().min(1).optional(),
    })
    .strict(),
]);

export type AwsAuthMode = z.infer<typeof awsAuthModeSchema>;

/** Fields that are never stored or shown in clear. */
const SECRET_FIELDS = new Set(['secret_access_key', 'session_token', 'external_id']);

export function redactAwsAuth(auth: AwsAuthMode): RedactedAuthMode {
  const redacted: RedactedAuthMode = { type: auth.type };
  for (const [key, value] of Object.entries(auth)) {
    if (value === undefined || key === 'type') continue;
    if (SECRET_FIELDS.has(key)) redacted[key] = MASK;
    else if (key === 'access_key_id')
      redacted[key] = `${String(value).slice(0, 4)}…${String(value).slice(-4)}`;
    else redacted[key] = value as string | number;
  }
  return redacted;
}
