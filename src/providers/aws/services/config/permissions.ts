/**
 * What the config scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const CONFIG_PERMISSIONS = [
  'config:DescribeConfigurationRecorders',
  'config:DescribeConfigurationRecorderStatus',
  'config:DescribeDeliveryChannels',
] as const;
