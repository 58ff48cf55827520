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
} as const satisfies Record<string, ThresholdDefinition>;

export type ThresholdName = keyof typeof CHECK_THRESHOLDS;
export type CheckConfig = Record<ThresholdName, number>;

const NAMES = Object.keys(CHECK_THRESHOLDS) as ThresholdName[];

/** `options.check_config`: known thresholds only, each within its bounds. */
export const checkConfigSchema = z
  .object(
    Object.fromEntries(
      NAMES.map((name) => {
        const t: ThresholdDefinition = CHECK_THRESHOLDS[name];
        return [name, z.number().int().min(t.min).max(t.max).optional().describe(t.description)];
      }),
    ) as Record<ThresholdName, z.ZodOptional<z.ZodNumber>>,
  )
  .strict();

/** The thresholds in force for a scan: its overrides over the defaults. */
export function checkConfig(options: Pick<ScanOptions, 'check_config'>): CheckConfig {
  const overrides = options.check_config ?? {};
  const config = {} as CheckConfig;
  for (const name of NAMES) {
    const value = overrides[name];
    config[name] =
      typeof value === 'number' && Number.isFinite(value) ? value : CHECK_THRESHOLDS[name].default;
  }
  return config;
}
