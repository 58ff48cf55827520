/** Secrets Manager snapshots for the check tests, in the collector's normalized shapes. */
import type {
  Secret,
  SecretsManagerRegionSnapshot,
} from '../../../providers/aws/services/secretsmanager/model.js';
import { ACCOUNT, daysAgo, REGION } from '../testing.js';

export function secret(name: string, overrides: Partial<Secret> = {}): Secret {
  return {
    arn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}-AbCdEf`,
    name,
    rotationEnabled: true,
    rotationIntervalDays: 30,
    rotationSchedule: 'rate(30 days)',
    rotationLambdaArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:rotate`,
    lastRotatedAt: daysAgo(10),
    lastChangedAt: daysAgo(10),
    lastAccessedAt: daysAgo(1),
    nextRotationAt: daysAgo(-20),
    createdAt: daysAgo(400),
    tags: { team: 'checkout' },
    ...overrides,
  };
}

export function snapshot(secrets: Secret[]): SecretsManagerRegionSnapshot {
  return { region: REGION, secrets, pricing: { state: 'not_requested' } };
}

const unrotated = {
  rotationEnabled: false,
  rotationIntervalDays: undefined,
  rotationSchedule: undefined,
  rotationLambdaArn: undefined,
  nextRotationAt: undefined,
};

/** Rotated and used; rotation on but stuck; never rotated nor used; new; a replica. */
export const rotated = secret('prod/orders/db');
export const stuck = secret('prod/payments/api', { lastRotatedAt: daysAgo(120) });
export const stale = secret('legacy/partner-key', {
  ...unrotated,
  lastRotatedAt: undefined,
  lastAccessedAt: undefined,
  tags: {},
});
export const fresh = secret('dev/new-key', {
  ...unrotated,
  lastRotatedAt: undefined,
  lastAccessedAt: undefined,
  createdAt: daysAgo(5),
});
export const replica = secret('prod/orders/db-replica', {
  ...unrotated,
  lastRotatedAt: daysAgo(200),
  lastAccessedAt: daysAgo(100),
  primaryRegion: 'us-east-1',
});
export const all = snapshot([rotated, stuck, stale, fresh, replica]);
