/** One region's SNS topics and subscriptions in our own compact types (no message, no endpoint secret). */
import { scannerRef } from '../../../../core/index.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

export type Tags = Record<string, string>;

/** A topic policy judged where it was read: statements open to anyone, and what they allow. */
export interface ResourcePolicy {
  statementCount: number;
  publicStatements: string[];
  publicActions: string[];
}

export interface TopicAttributes {
  displayName?: string;
  fifo: boolean;
  /** KMS key (id, ARN or alias) encrypting the topic; absent when it is not encrypted. */
  kmsKeyId?: string;
  policy: Read<ResourcePolicy>;
  subscriptionsConfirmed: number;
  subscriptionsPending: number;
}

export interface SnsTopic {
  arn: string;
  name: string;
  attributes: Read<TopicAttributes>;
  tags: Read<Tags>;
}

export interface SnsSubscription {
  arn: string;
  topicArn: string;
  /** sqs, lambda, http, https, email, sms, firehose, application. */
  protocol: string;
  /** Its redrive policy's dead-letter queue, when it has one. */
  deadLetterTargetArn: Read<string | null>;
}

/** Messages published and notifications that failed over the window, by topic name. */
export interface TopicStats {
  published?: number;
  failed?: number;
}

export type SnsPerformance =
  | {
      status: 'collected';
      windowDays: number;
      windowStart: string;
      topics: Record<string, TopicStats>;
    }
  | { status: 'unavailable'; errorCode: string };

export interface SnsRegionSnapshot {
  region: string;
  topics: SnsTopic[];
  /** The region's confirmed subscriptions (ListSubscriptions), each with its redrive policy. */
  subscriptions: Read<SnsSubscription[]>;
  performance: SnsPerformance;
}

/** The SNS scanner, as its checks name it. */
export const SNS = scannerRef<SnsRegionSnapshot>('aws', 'sns');
