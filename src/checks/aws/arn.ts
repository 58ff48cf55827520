/** ARNs of the resources checks report on, built as the scanners build them. */

export function partitionOf(region: string): 'aws' | 'aws-cn' | 'aws-us-gov' {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function arn(service: string, region: string, accountId: string, resource: string): string {
  return `arn:${partitionOf(region)}:${service}:${region}:${accountId}:${resource}`;
}

/** The account itself, as IAM names it (`arn:aws:iam::123456789012:root`). */
export function accountArn(accountId: string, partitionRegion: string): string {
  return `arn:${partitionOf(partitionRegion)}:iam::${accountId}:root`;
}

export function bucketArn(name: string, partitionRegion: string): string {
  return `arn:${partitionOf(partitionRegion)}:s3:::${name}`;
}

/** An EC2/VPC resource (`instance/i-…`, `security-group/sg-…`) owned by `ownerId` or the scanned account. */
export function ec2Arn(
  ctx: { region: string; accountId: string },
  resource: string,
  ownerId?: string,
): string {
  return arn('ec2', ctx.region, ownerId ?? ctx.accountId, resource);
}
