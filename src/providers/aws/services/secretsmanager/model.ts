/** One region's Secrets Manager secrets in our own compact types (never a secret value). */
import type { Read } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

export type Tags = Record<string, string>;

/** A secret as ListSecrets describes it: rotation, last access and key come with the listing. */
export interface Secret {
  arn: string;
  name: string;
  /** The KMS key encrypting the value; absent when it is the AWS managed key aws/secretsmanager. */
  kmsKeyId?: string;
  rotationEnabled: boolean;
  rotationLambdaArn?: string;
  /** RotationRules.AutomaticallyAfterDays (computed by the service from the schedule too). */
  rotationIntervalDays?: number;
  /** RotationRules.ScheduleExpression: `rate(…)` or `cron(…)`. */
  rotationSchedule?: string;
  /** ISO 8601; absent when the secret was never rotated. */
  lastRotatedAt?: string;
  lastChangedAt?: string;
  /** ISO 8601, to the day; absent when the secret was never retrieved in this region. */
  lastAccessedAt?: string;
  nextRotationAt?: string;
  createdAt?: string;
  /** The service that created and manages the secret (`rds`, `appflow`…), when there is one. */
  owningService?: string;
  /** Where the secret originates; another region than the scanned one for a replica. */
  primaryRegion?: string;
  tags: Tags;
}

/**
 * The Price List's monthly price of a secret in the region, read only with options.cost and an
 * unused secret.
 */
export type SecretPricing = Read<{ secretMonthUsd: number }> | { state: 'not_requested' };

export interface SecretsManagerRegionSnapshot {
  region: string;
  secrets: Secret[];
  pricing: SecretPricing;
}

/** A replica is rotated and read through its primary: the rotation checks judge it there. */
export function isReplica(secret: Secret, region: string): boolean {
  return secret.primaryRegion !== undefined && secret.primaryRegion !== region;
}

const DAY_MS = 86_400_000;

/** Days without retrieval after which a secret is unused (FSBP SecretsManager.3's default). */
export const UNUSED_SECRET_DAYS = 90;
/** Days a secret may go unrotated (FSBP SecretsManager.4's default maxDaysSinceRotation). */
export const MAX_DAYS_SINCE_ROTATION = 90;

function wholeDays(from: string | undefined, now: Date): number | undefined {
  if (from === undefined) return undefined;
  const then = Date.parse(from);
  return Number.isNaN(then) ? undefined : Math.max(0, Math.floor((now.getTime() - then) / DAY_MS));
}

/** Days since the last rotation, or since creation when never rotated; undefined without either. */
export function daysSinceRotation(secret: Secret, now: Date): number | undefined {
  return wholeDays(secret.lastRotatedAt ?? secret.createdAt, now);
}

/** Days since the last retrieval, or since creation when never retrieved. */
export function daysSinceAccess(secret: Secret, now: Date): number | undefined {
  return wholeDays(secret.lastAccessedAt ?? secret.createdAt, now);
}

/** Unused: not retrieved for more than `days` days; undefined when neither date is known. */
export function isUnusedSecret(
  secret: Secret,
  now: Date,
  days = UNUSED_SECRET_DAYS,
): boolean | undefined {
  const idle = daysSinceAccess(secret, now);
  return idle === undefined ? undefined : idle > days;
}

/** The Secrets Manager scanner, as its checks name it. */
export const SECRETSMANAGER = scannerRef<SecretsManagerRegionSnapshot>('aws', 'secretsmanager');
