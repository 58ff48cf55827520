/**
 * What the ebs scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const EBS_PERMISSIONS = [
  'ec2:GetEbsEncryptionByDefault',
  'ec2:GetEbsDefaultKmsKeyId',
] as const;
