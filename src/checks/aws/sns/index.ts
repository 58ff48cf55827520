import type { CheckDefinition } from '../../../core/index.js';
import sns_resource_required_tags from './sns_resource_required_tags.check.js';
import sns_subscription_dead_letter_queue from './sns_subscription_dead_letter_queue.check.js';
import sns_topic_encrypted from './sns_topic_encrypted.check.js';
import sns_topic_policy_public from './sns_topic_policy_public.check.js';

/** The SNS topic and subscription checks: one line per check. */
export const SNS_CHECKS: readonly CheckDefinition[] = [
  sns_resource_required_tags,
  sns_subscription_dead_letter_queue,
  sns_topic_encrypted,
  sns_topic_policy_public,
];
