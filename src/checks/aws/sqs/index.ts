import type { CheckDefinition } from '../../../core/index.js';
import sqs_queue_dead_letter_queue_configured from './sqs_queue_dead_letter_queue_configured.check.js';
import sqs_queue_encrypted from './sqs_queue_encrypted.check.js';
import sqs_queue_policy_public from './sqs_queue_policy_public.check.js';
import sqs_resource_required_tags from './sqs_resource_required_tags.check.js';

/** The SQS queue checks: one line per check. */
export const SQS_CHECKS: readonly CheckDefinition[] = [
  sqs_queue_dead_letter_queue_configured,
  sqs_queue_encrypted,
  sqs_queue_policy_public,
  sqs_resource_required_tags,
];
