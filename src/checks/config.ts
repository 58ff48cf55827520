import { z } from 'zod';
import type { ScanOptions } from '../core/index.js';

/** A threshold a check reads, with its default. Scans override it in `options.check_config`. */
export interface ThresholdDefinition {
  default: number;
  min: number;
  max: number;
  description: string;
}

export const CHECK_THRESHOLDS = {
  max_access_key_age_days: {
    default: 90,
    min: 1,
    max: 3650,
    description: 'Days after which an active access key is due for rotation',
  },
  max_unused_credentials_days: {
    default: 45,
    min: 1,
    max: 3650,
    description:
      'Days without use after which a console password or an access key should be disabled',
  },
  root_recent_use_days: {
    default: 30,
    min: 1,
    max: 3650,
    description: 'A root user signing in or using keys within this many days is reported',
  },
  min_password_length: {
    default: 14,
    min: 6,
    max: 128,
    description: 'Shortest password the account password policy may allow',
  },
  password_reuse_prevention: {
    default: 24,
    min: 1,
    max: 24,
    description: 'Previous passwords the account password policy must remember',
  },
  max_password_age_days: {
    default: 90,
    min: 1,
    max: 1095,
    description: 'Longest password lifetime the account password policy may allow',
  },
  min_backup_retention_days: {
    default: 7,
    min: 1,
    max: 35,
    description: 'Shortest automated backup retention of an RDS database',
  },
  min_redshift_snapshot_retention_days: {
    default: 7,
    min: 1,
    max: 35,
    description:
      'Shortest automated snapshot retention of a Redshift cluster (FSBP Redshift.3 asks 7 by default)',
  },
} as const satisfies Record<string, ThresholdDefinition>;

export type ThresholdName = keyof typeof CHECK_THRESHOLDS;
export type CheckConfig = Record<ThresholdName, number>;

const NAMES = Object.keys(CHECK_THRESHOLDS) as ThresholdName[];

/** Settings of `options.check_config` that are lists, not thresholds: who is trusted, what is required. */
export const CHECK_SETTINGS = {
  trusted_account_ids: {
    schema: z
      .array(z.string().regex(/^\d{12}$/, 'an AWS account id is 12 digits'))
      .max(1000)
      .optional(),
    description:
      "Accounts trusted besides the scanned one: bucket policies granting them and roles they may assume are not reported as cross-account access. The organization's accounts are trusted too when the scan knows them. Default: none.",
  },
  required_tags: {
    schema: z.record(z.string().min(1).max(128), z.array(z.string().max(256)).max(100)).optional(),
    description:
      'Tag keys every taggable resource must carry, each with its allowed values (an empty list allows any value), e.g. {"owner": [], "env": ["prod", "dev"]}. Default: none, and the required-tags checks report nothing.',
  },
} as const;

/** `options.check_config`: known thresholds only, each within its bounds, and the list settings. */
export const checkConfigSchema = z
  .object({
    ...(Object.fromEntries(
      NAMES.map((name) => {
        const t: ThresholdDefinition = CHECK_THRESHOLDS[name];
        return [name, z.number().int().min(t.min).max(t.max).optional().describe(t.description)];
      }),
    ) as Record<ThresholdName, z.ZodOptional<z.ZodNumber>>),
    trusted_account_ids: CHECK_SETTINGS.trusted_account_ids.schema.describe(
      CHECK_SETTINGS.trusted_account_ids.description,
    ),
    required_tags: CHECK_SETTINGS.required_tags.schema.describe(
      CHECK_SETTINGS.required_tags.description,
    ),
  })
  .strict();

/** `options.check_config` as the scan carries it (thresholds and list settings). */
function rawCheckConfig(options: Pick<ScanOptions, 'check_config'>): Record<string, unknown> {
  const raw: unknown = options.check_config;
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
}

/** `trusted_account_ids` of the scan, or none. */
export function trustedAccountIds(options: Pick<ScanOptions, 'check_config'>): string[] {
  const parsed = CHECK_SETTINGS.trusted_account_ids.schema.safeParse(
    rawCheckConfig(options).trusted_account_ids,
  );
  return parsed.success ? (parsed.data ?? []) : [];
}

/** `required_tags` of the scan: tag key → allowed values (empty: any value); empty when none. */
export function requiredTags(options: Pick<ScanOptions, 'check_config'>): Record<string, string[]> {
  const parsed = CHECK_SETTINGS.required_tags.schema.safeParse(
    rawCheckConfig(options).required_tags,
  );
  return parsed.success ? (parsed.data ?? {}) : {};
}

/** The thresholds in force for a scan: its overrides over the defaults. */
export function checkConfig(options: Pick<ScanOptions, 'check_config'>): CheckConfig {
  const overrides = rawCheckConfig(options);
  const config = {} as CheckConfig;
  for (const name of NAMES) {
    const value = overrides[name];
    config[name] =
      typeof value === 'number' && Number.isFinite(value) ? value : CHECK_THRESHOLDS[name].default;
  }
  return config;
}
