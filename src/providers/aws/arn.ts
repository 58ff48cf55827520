/** The partition a region belongs to, for building ARNs. */
export function partitionOf(region: string): AwsPartition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export type AwsPartition = 'aws' | 'aws-cn' | 'aws-us-gov';

const PARTITION_TITLES: Record<AwsPartition, string> = {
  aws: 'AWS (commercial regions)',
  'aws-cn': 'AWS China',
  'aws-us-gov': 'AWS GovCloud (US)',
};

/** A region's partition with its name, as scan requests and the dashboard show it. */
export const regionPartition = (region: string) => {
  const id = partitionOf(region);
  return { id, title: PARTITION_TITLES[id] };
};

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
