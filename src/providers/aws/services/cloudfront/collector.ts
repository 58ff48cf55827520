import {
  CloudFrontClient,
  GetDistributionConfigCommand,
  paginateListDistributions,
} from '@aws-sdk/client-cloudfront';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  paginateDescribeDeliverySources,
} from '@aws-sdk/client-cloudwatch-logs';
import pLimit from 'p-limit';
import { collectResourceStats, type StatSpec } from '../../cloudwatch-stats.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead } from '../../read.js';
import { mapConfig, mapDistribution } from './mapper.js';
import type { CloudFrontSnapshot, CloudFrontStatField, Distribution } from './model.js';

/** CloudFront's metrics, its standard logs v2 delivery sources: both live in us-east-1. */
const CLOUDFRONT_HOME = 'us-east-1';

/** ListDistributions returns at most 100 distributions a page. */
const PAGE_SIZE = 100;

/**
 * Logging and the default root object are in the distribution's config only: one
 * GetDistributionConfig per distribution, a few at once within CloudFront's control-plane rate.
 */
const CONFIG_READ_CONCURRENCY = 5;

const NOT_FOUND = ['NoSuchDistribution'];

const STATS: readonly StatSpec<CloudFrontStatField>[] = [
  {
    field: 'requests',
    namespace: 'AWS/CloudFront',
    metricName: 'Requests',
    stat: 'Sum',
    zeroWhenMissing: true,
  },
  {
    field: 'bytesDownloaded',
    namespace: 'AWS/CloudFront',
    metricName: 'BytesDownloaded',
    stat: 'Sum',
    zeroWhenMissing: true,
  },
  {
    field: 'errorRate4xx',
    namespace: 'AWS/CloudFront',
    metricName: '4xxErrorRate',
    stat: 'Average',
  },
  {
    field: 'errorRate5xx',
    namespace: 'AWS/CloudFront',
    metricName: '5xxErrorRate',
    stat: 'Average',
  },
];

/**
 * The account's distributions (a global service): the paginated listing (the unit fails only if
 * it fails), each one's config, the CloudWatch Logs delivery sources of standard logs v2 in one
 * listing, and every distribution's requests and error rates in one batched GetMetricData fetch.
 */
export async function collectCloudFrontSnapshot(ctx: AwsUnitContext): Promise<CloudFrontSnapshot> {
  const client = ctx.clients.get(CloudFrontClient);
  const options = { abortSignal: ctx.signal };
  const listed = await collectPages(
    paginateListDistributions({ client, pageSize: PAGE_SIZE }, {}, options),
    (page) => page.DistributionList?.Items,
    mapDistribution,
    ctx.signal,
  );
  const limit = pLimit(CONFIG_READ_CONCURRENCY);
  const [distributions, logDeliverySources, performance] = await Promise.all([
    Promise.all(
      listed.map((d) =>
        limit(async (): Promise<Distribution> => ({
          ...d,
          config: await guardedRead(
            ctx,
            'cloudfront:GetDistributionConfig',
            async () =>
              mapConfig(
                (await client.send(new GetDistributionConfigCommand({ Id: d.id }), options))
                  .DistributionConfig,
              ),
            { absentCodes: NOT_FOUND },
          ),
        })),
      ),
    ),
    listed.length === 0
      ? Promise.resolve({ state: 'available' as const, value: [] })
      : guardedRead(ctx, 'logs:DescribeDeliverySources', () =>
          collectPages(
            paginateDescribeDeliverySources(
              { client: ctx.clients.inRegion(CloudWatchLogsClient, CLOUDFRONT_HOME) },
              {},
              options,
            ),
            (page) => page.deliverySources,
            (s) => (s.service === 'cloudfront' ? (s.resourceArns ?? []) : undefined),
            ctx.signal,
          ).then((arns) => [...new Set(arns.flat())]),
        ),
    collectResourceStats(
      ctx,
      ctx.clients.inRegion(CloudWatchClient, CLOUDFRONT_HOME),
      listed.map((d) => ({
        id: d.arn,
        dimensions: [
          { name: 'DistributionId', value: d.id },
          { name: 'Region', value: 'Global' },
        ],
      })),
      STATS,
    ),
  ]);
  return { distributions, logDeliverySources, performance };
}
