/** The partition a region belongs to, for building ARNs. */
export function partitionOf(region: string): 'aws' | 'aws-cn' | 'aws-us-gov' {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** `arn:partition:service:region:account:resource`; region and account may be empty (S3, IAM). */
export function arn(
  service: string,
  region: string,
  accountId: string,
  resource: string,
  partitionRegion = region,
): string {
  return `arn:${partitionOf(partitionRegion)}:${service}:${region}:${accountId}:${resource}`;
}

/** Id of a fact about a whole region of a service (AZ spread, counts): there is no AWS ARN for it. */
export function regionScopeId(service: string, region: string, accountId: string): string {
  return arn(service, region, accountId, `region/${region}`);
}

/** The account itself, as IAM names it. */
export function accountId(accountIdValue: string, partitionRegion = 'us-east-1'): string {
  return arn('iam', '', accountIdValue, 'root', partitionRegion);
}
