import { decodePolicyDocument, grants, parseStatements } from '../../policy/index.js';
import type { QueueAttributes, Read, ResourcePolicy } from './model.js';

/** The statements of a resource policy that let anyone use the given service's actions. */
export function judgePolicy(document: string, actions: readonly string[]): ResourcePolicy {
  const statements = parseStatements(decodePolicyDocument(document));
  const open = grants(statements, { actions }).filter((g) => g.public);
  return {
    statementCount: statements.length,
    publicStatements: open.map((g) => g.sid ?? `#${g.index}`),
    publicActions: [...new Set(open.flatMap((g) => g.actions))].sort(),
  };
}

/** `https://sqs.eu-west-1.amazonaws.com/123456789012/orders` → its name and ARN. */
export function queueIdentity(
  url: string,
  region: string,
): { name: string; arn: string } | undefined {
  const match = /\/(\d{12})\/([^/]+)$/.exec(url);
  if (!match) return undefined;
  const partition = region.startsWith('cn-')
    ? 'aws-cn'
    : region.startsWith('us-gov-')
      ? 'aws-us-gov'
      : 'aws';
  return { name: match[2]!, arn: `arn:${partition}:sqs:${region}:${match[1]}:${match[2]}` };
}

function int(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** GetQueueAttributes (All) → our attributes; the policy is judged here and not kept. */
export function mapAttributes(attributes: Record<string, string>): QueueAttributes {
  const policy: Read<ResourcePolicy> = attributes.Policy
    ? { state: 'available', value: judgePolicy(attributes.Policy, ['sqs:*']) }
    : { state: 'absent', action: 'sqs:GetQueueAttributes', errorCode: 'NoPolicy' };
  let redrive: { deadLetterTargetArn?: unknown; maxReceiveCount?: unknown } = {};
  try {
    redrive = attributes.RedrivePolicy
      ? (JSON.parse(attributes.RedrivePolicy) as typeof redrive)
      : {};
  } catch {
    redrive = {};
  }
  const created = int(attributes.CreatedTimestamp);
  const kmsKeyId = attributes.KmsMasterKeyId;
  return {
    fifo: attributes.FifoQueue === 'true',
    encryption: kmsKeyId
      ? { type: 'kms', kmsKeyId }
      : attributes.SqsManagedSseEnabled === 'true'
        ? { type: 'sse_sqs' }
        : { type: 'none' },
    policy,
    ...(typeof redrive.deadLetterTargetArn === 'string'
      ? { deadLetterTargetArn: redrive.deadLetterTargetArn }
      : {}),
    ...(redrive.maxReceiveCount !== undefined && Number.isFinite(Number(redrive.maxReceiveCount))
      ? { maxReceiveCount: Number(redrive.maxReceiveCount) }
      : {}),
    retentionSeconds: int(attributes.MessageRetentionPeriod) ?? 345_600,
    visibilityTimeoutSeconds: int(attributes.VisibilityTimeout) ?? 30,
    approximateMessages: int(attributes.ApproximateNumberOfMessages) ?? 0,
    ...(created !== undefined ? { createdAt: new Date(created * 1000).toISOString() } : {}),
  };
}
