import { GLOBAL_REGION, type AsffProfile, type ResourceIdScheme } from '../../core/index.js';

/** `cn-north-1` → `aws-cn`; `us-gov-west-1` → `aws-us-gov`; anything else → `aws`. */
export function partitionOfRegion(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** ARNs: a region-wide fact is `arn:aws:<service>:<region>:<account>:region/<region>`. */
export const awsResourceIds: ResourceIdScheme = {
  scope({ accountId, region, service }) {
    const global = region === GLOBAL_REGION;
    const partition = partitionOfRegion(global ? '' : region);
    return `arn:${partition}:${service}:${global ? '' : region}:${accountId}:${global ? 'account' : `region/${region}`}`;
  },
  /** `arn:aws:ec2:eu-west-1:123:instance/i-0abc` → `instance`; `arn:aws:s3:::bucket` → `bucket`. */
  typeOf(resourceId) {
    const parts = resourceId.split(':');
    if (parts[0] !== 'arn' || parts.length < 6) return undefined;
    const resource = parts.slice(5).join(':');
    const match = /^([a-z][a-z0-9-]*)[/:]/i.exec(resource);
    if (match) return match[1];
    if (parts[2] === 's3' && parts[3] === '' && parts[4] === '') return 'bucket';
    return undefined;
  },
};

/** ARN patterns → ASFF resource types; anything else is `Other`. */
const ASFF_RESOURCE_TYPES: [RegExp, string][] = [
  [/^arn:[^:]+:s3:::[^/]+$/, 'AwsS3Bucket'],
  [/^arn:[^:]+:ec2:[^:]*:\d*:instance\//, 'AwsEc2Instance'],
  [/^arn:[^:]+:ec2:[^:]*:\d*:security-group\//, 'AwsEc2SecurityGroup'],
  [/^arn:[^:]+:ec2:[^:]*:\d*:volume\//, 'AwsEc2Volume'],
  [/^arn:[^:]+:ec2:[^:]*:\d*:vpc\//, 'AwsEc2Vpc'],
  [/^arn:[^:]+:ec2:[^:]*:\d*:subnet\//, 'AwsEc2Subnet'],
  [/^arn:[^:]+:ec2:[^:]*:\d*:network-acl\//, 'AwsEc2NetworkAcl'],
  [/^arn:[^:]+:ec2:[^:]*:\d*:elastic-ip\//, 'AwsEc2Eip'],
  [/^arn:[^:]+:iam::\d*:user\//, 'AwsIamUser'],
  [/^arn:[^:]+:iam::\d*:role\//, 'AwsIamRole'],
  [/^arn:[^:]+:iam::\d*:group\//, 'AwsIamGroup'],
  [/^arn:[^:]+:iam::\d*:policy\//, 'AwsIamPolicy'],
  [/^arn:[^:]+:iam::\d*:root$/, 'AwsAccount'],
  [/^arn:[^:]+:rds:[^:]*:\d*:db:/, 'AwsRdsDbInstance'],
  [/^arn:[^:]+:rds:[^:]*:\d*:cluster:/, 'AwsRdsDbCluster'],
  [/^arn:[^:]+:rds:[^:]*:\d*:snapshot:/, 'AwsRdsDbSnapshot'],
  [/^arn:[^:]+:rds:[^:]*:\d*:cluster-snapshot:/, 'AwsRdsDbClusterSnapshot'],
  [/^arn:[^:]+:kms:[^:]*:\d*:key\//, 'AwsKmsKey'],
  [/^arn:[^:]+:cloudtrail:[^:]*:\d*:trail\//, 'AwsCloudTrailTrail'],
  [/^arn:[^:]+:elasticfilesystem:[^:]*:\d*:file-system\//, 'AwsEfsFileSystem'],
];

export const awsAsff: AsffProfile = {
  /** The partition an ARN names; for other ids, the region's. */
  partitionOf(resourceId, region) {
    const match = /^arn:(aws(?:-[a-z]+)*):/.exec(resourceId);
    return match?.[1] ?? partitionOfRegion(region);
  },
  resourceTypeOf(resourceId) {
    return ASFF_RESOURCE_TYPES.find(([pattern]) => pattern.test(resourceId))?.[1] ?? 'Other';
  },
};
