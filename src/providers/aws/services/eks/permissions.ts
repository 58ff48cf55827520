/**
 * What the eks scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const EKS_PERMISSIONS = ['eks:ListClusters', 'eks:DescribeCluster'] as const;
