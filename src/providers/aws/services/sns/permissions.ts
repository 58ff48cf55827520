/**
 * What the sns scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const SNS_PERMISSIONS = [
  'sns:ListTopics',
  'sns:GetTopicAttributes',
  'tag:GetResources',
  'sns:ListSubscriptions',
  'sns:GetSubscriptionAttributes',
  'cloudwatch:GetMetricData',
] as const;
