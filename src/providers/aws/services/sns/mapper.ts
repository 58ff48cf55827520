import { decodePolicyDocument, grants, parseStatements } from '../../policy/index.js';
import type { Read, ResourcePolicy, TopicAttributes } from './model.js';

export function judgePolicy(document: string): ResourcePolicy {
  const statements = parseStatements(decodePolicyDocument(document));
  const open = grants(statements, { actions: ['sns:*'] }).filter((g) => g.public);
  return {
    statementCount: statements.length,
    publicStatements: open.map((g) => g.sid ?? `#${g.index}`),
    publicActions: [...new Set(open.flatMap((g) => g.actions))].sort(),
  };
}

export function mapTopicAttributes(a: Record<string, string>): TopicAttributes {
  const policy: Read<ResourcePolicy> = a.Policy
    ? { state: 'available', value: judgePolicy(a.Policy) }
    : { state: 'absent', action: 'sns:GetTopicAttributes', errorCode: 'NoPolicy' };
  return {
    ...(a.DisplayName ? { displayName: a.DisplayName } : {}),
    fifo: a.FifoTopic === 'true',
    ...(a.KmsMasterKeyId ? { kmsKeyId: a.KmsMasterKeyId } : {}),
    policy,
    subscriptionsConfirmed: Number(a.SubscriptionsConfirmed ?? 0) || 0,
    subscriptionsPending: Number(a.SubscriptionsPending ?? 0) || 0,
  };
}

/** The dead-letter queue of a subscription's RedrivePolicy attribute, or null without one. */
export function redriveTarget(attributes: Record<string, string>): string | null {
  if (!attributes.RedrivePolicy) return null;
  try {
    const parsed = JSON.parse(attributes.RedrivePolicy) as { deadLetterTargetArn?: unknown };
    return typeof parsed.deadLetterTargetArn === 'string' ? parsed.deadLetterTargetArn : null;
  } catch {
    return null;
  }
}
