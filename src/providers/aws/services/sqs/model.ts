/** One region's SQS queues in our own compact types (no message, no SDK type). */
import { scannerRef } from '../../../../core/index.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

export type Tags = Record<string, string>;

/**
 * A resource policy judged where it was read: the statements (by Sid, or `#index`) that let anyone
 * in without a narrowing condition, and the actions they allow.
 */
export interface ResourcePolicy {
  statementCount: number;
  publicStatements: string[];
  publicActions: string[];
}

/** How the queue is encrypted at rest: SSE-SQS (SQS's own keys), a KMS key, or not at all. */
export type QueueEncryption =
  { type: 'none' } | { type: 'sse_sqs' } | { type: 'kms'; kmsKeyId: string };

export interface QueueAttributes {
  fifo: boolean;
  encryption: QueueEncryption;
  /** `absent` when the queue has no access policy (only its owner's IAM policies apply). */
  policy: Read<ResourcePolicy>;
  /** The queue failed messages go to after maxReceiveCount receives, when it has one. */
  deadLetterTargetArn?: string;
  maxReceiveCount?: number;
  retentionSeconds: number;
  visibilityTimeoutSeconds: number;
  approximateMessages: number;
  /** ISO 8601. */
  createdAt?: string;
}

export interface SqsQueue {
  url: string;
  name: string;
  /** From the attributes; built from the URL when they could not be read. */
  arn: string;
  attributes: Read<QueueAttributes>;
  tags: Read<Tags>;
}

/** Messages sent and received over the window, and the oldest message's age, by queue name. */
export interface QueueStats {
  sent?: number;
  received?: number;
  oldestMessageAgeMaxSeconds?: number;
}

export type SqsPerformance =
  | {
      status: 'collected';
      windowDays: number;
      windowStart: string;
      queues: Record<string, QueueStats>;
    }
  | { status: 'unavailable'; errorCode: string };

export interface SqsRegionSnapshot {
  region: string;
  queues: SqsQueue[];
  performance: SqsPerformance;
}

/** ARNs of the queues some queue of the region sends its failed messages to. */
export function deadLetterQueueArns(snapshot: Pick<SqsRegionSnapshot, 'queues'>): Set<string> {
  const out = new Set<string>();
  for (const q of snapshot.queues)
    if (q.attributes.state === 'available' && q.attributes.value.deadLetterTargetArn)
      out.add(q.attributes.value.deadLetterTargetArn);
  return out;
}

/** The SQS scanner, as its checks name it. */
export const SQS = scannerRef<SqsRegionSnapshot>('aws', 'sqs');
