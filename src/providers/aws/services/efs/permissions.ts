/**
 * What the efs scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const EFS_PERMISSIONS = ['elasticfilesystem:DescribeFileSystems'] as const;
