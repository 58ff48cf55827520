/**
 * What the route53 scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK. s3:ListBuckets: the account's buckets, against which records
 * pointing at S3 endpoints are judged (read only when a public zone has one).
 * ec2:DescribeAddresses and ec2:DescribeNetworkInterfaces: in each region whose published EC2
 * ranges hold an address of a public zone's A/AAAA record, the account's Elastic IPs (one listing)
 * and the network interfaces holding those addresses (read only when a public zone has one).
 */
export const ROUTE53_PERMISSIONS = [
  'route53:ListHostedZones',
  'route53:ListResourceRecordSets',
  'route53:ListQueryLoggingConfigs',
  'route53:GetDNSSEC',
  's3:ListBuckets',
  'ec2:DescribeAddresses',
  'ec2:DescribeNetworkInterfaces',
] as const;
