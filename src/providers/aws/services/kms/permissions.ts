/**
 * What the kms scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const KMS_PERMISSIONS = [
  'kms:ListKeys',
  'kms:ListAliases',
  'kms:DescribeKey',
  'kms:GetKeyRotationStatus',
  'kms:GetKeyPolicy',
] as const;
