/**
 * What the sqs scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const SQS_PERMISSIONS = [
  'sqs:ListQueues',
  'sqs:GetQueueAttributes',
  'tag:GetResources',
  'cloudwatch:GetMetricData',
] as const;
