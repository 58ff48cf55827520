import { defineAwsScanner } from '../../define-scanner.js';
import { ROUTE53_PERMISSIONS } from './permissions.js';
import { extractRoute53Events } from './extract.js';
import { ROUTE53_METRICS } from './metrics.js';

/**
 * Route 53 hosted zones of the account (a global service, read in us-east-1): public or private,
 * record count, DNS query logging, DNSSEC signing of public zones, the CNAME and alias targets
 * of each zone, and the S3 bucket each record pointing at an S3 endpoint names, owned by the
 * account or not (s3:ListBuckets, shared with the S3 unit, when a public zone has such a record),
 * and, when a public zone has A/AAAA records, which of their addresses lie in EC2's published
 * ranges (ip-ranges.json, kept a day) and whether the account holds each as an Elastic IP or on a
 * network interface of that region (ec2:DescribeAddresses, ec2:DescribeNetworkInterfaces).
 */
export const route53Scanner = defineAwsScanner({
  service: 'route53',
  title: 'Amazon Route 53 hosted zones',
  scope: 'global',
  metrics: ROUTE53_METRICS,
  permissions: ROUTE53_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectRoute53Snapshot(ctx),
  extract: extractRoute53Events,
});
