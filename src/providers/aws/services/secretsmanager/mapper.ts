import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { Secret } from './model.js';

const iso = <K extends string>(key: K, date: Date | undefined) =>
  (date ? { [key]: date.toISOString() } : {}) as Partial<Record<K, string>>;

/** One ListSecrets entry → our secret; an entry without ARN or name is dropped. */
export function mapSecret(entry: SecretListEntry): Secret | undefined {
  if (!entry.ARN || !entry.Name) return undefined;
  const rules = entry.RotationRules;
  return {
    arn: entry.ARN,
    name: entry.Name,
    ...(entry.KmsKeyId ? { kmsKeyId: entry.KmsKeyId } : {}),
    rotationEnabled: entry.RotationEnabled === true,
    ...(entry.RotationLambdaARN ? { rotationLambdaArn: entry.RotationLambdaARN } : {}),
    ...(rules?.AutomaticallyAfterDays !== undefined
      ? { rotationIntervalDays: rules.AutomaticallyAfterDays }
      : {}),
    ...(rules?.ScheduleExpression ? { rotationSchedule: rules.ScheduleExpression } : {}),
    ...iso('lastRotatedAt', entry.LastRotatedDate),
    ...iso('lastChangedAt', entry.LastChangedDate),
    ...iso('lastAccessedAt', entry.LastAccessedDate),
    ...iso('nextRotationAt', entry.NextRotationDate),
    ...iso('createdAt', entry.CreatedDate),
    ...(entry.OwningService ? { owningService: entry.OwningService } : {}),
    ...(entry.PrimaryRegion ? { primaryRegion: entry.PrimaryRegion } : {}),
    tags: Object.fromEntries(
      (entry.Tags ?? []).flatMap((t) => (t.Key ? [[t.Key, t.Value ?? '']] : [])),
    ),
  };
}
