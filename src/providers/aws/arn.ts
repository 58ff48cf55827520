/** The partition a region belongs to, for building ARNs. */
export function partitionOf(region: string): 'aws' | 'aws-cn' | 'aws-us-gov' {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** `arn:partition:service:region:account:resource`; region and account may be empty (S3, IAM). */
export function arn(service: string, region: string, accountId: string, resource: string, partitionRegion = region): string {
  return `arn:${partitionOf(partitionRegion)}:${service}:${region}:${accountId}:${resource}`;
}
