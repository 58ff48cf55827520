import { DescribeClusterCommand, EKSClient, paginateListClusters } from '@aws-sdk/client-eks';
import pLimit from 'p-limit';
import { arn as buildArn } from '../../arn.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead } from '../../read.js';
import { mapCluster } from './mapper.js';
import type { EksCluster, EksRegionSnapshot } from './model.js';

/** ListClusters returns at most 100 names a page. */
const PAGE_SIZE = 100;
/** DescribeCluster takes one cluster: EKS has no batch form. */
const DESCRIBE_CONCURRENCY = 5;

/**
 * One region's EKS clusters: the paginated ListClusters (the unit fails only if it fails), then
 * DescribeCluster for each (version, endpoint access, logging, secrets encryption). A cluster
 * deleted between the two (ResourceNotFoundException) is not reported.
 */
export async function collectEksSnapshot(ctx: AwsUnitContext): Promise<EksRegionSnapshot> {
  const client = ctx.clients.get(EKSClient);
  const options = { abortSignal: ctx.signal };
  const names = await collectPages(
    paginateListClusters({ client, pageSize: PAGE_SIZE }, {}, options),
    (page) => page.clusters,
    (name) => name,
    ctx.signal,
  );
  const limit = pLimit(DESCRIBE_CONCURRENCY);
  const clusters = await Promise.all(
    names.map((name) =>
      limit(async (): Promise<EksCluster> => {
        let arn = '';
        const details = await guardedRead(
          ctx,
          'eks:DescribeCluster',
          async () => {
            const answer = await client.send(new DescribeClusterCommand({ name }), options);
            if (!answer.cluster) throw new Error('DescribeCluster answered no cluster');
            arn = answer.cluster.arn ?? '';
            return mapCluster(answer.cluster);
          },
          { absentCodes: ['ResourceNotFoundException'] },
        );
        return {
          // ListClusters gives names only; the ARN is built as EKS builds it when unread.
          arn: arn || buildArn('eks', ctx.region, ctx.accountId, `cluster/${name}`),
          name,
          details,
        };
      }),
    ),
  );
  return { region: ctx.region, clusters: clusters.filter((c) => c.details.state !== 'absent') };
}
