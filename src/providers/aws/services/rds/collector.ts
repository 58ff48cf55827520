import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBClusters,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
  RDSClient,
} from '@aws-sdk/client-rds';
import pLimit from 'p-limit';
import type { AwsUnitContext } from '../../define-scanner.js';
import { classifyAwsError, isAwsErrorCode } from '../../errors.js';
import {
  mapCluster,
  mapClusterSnapshot,
  mapInstance,
  mapInstanceSnapshot,
  mapSharing,
  type UnsharedSnapshot,
} from './mapper.js';
import type { RdsRegionSnapshot, RdsSnapshot, SnapshotSharing } from './model.js';

/** The IAM actions the collector calls. */
export const RDS_PERMISSIONS = [
  'rds:DescribeDBInstances',
  'rds:DescribeDBClusters',
  'rds:DescribeDBSnapshots',
  'rds:DescribeDBSnapshotAttributes',
  'rds:DescribeDBClusterSnapshots',
  'rds:DescribeDBClusterSnapshotAttributes',
] as const;

/** MaxRecords accepts 20 to 100. */
const PAGE_SIZE = 100;
/**
 * Sharing is one call per manual snapshot (no list call returns it): manual snapshots are few, and
 * at most this many of these calls run at once.
 */
const ATTRIBUTE_CONCURRENCY = 5;

/** A snapshot deleted between the list and the attribute call. */
const SNAPSHOT_GONE = [
  'DBSnapshotNotFound',
  'DBSnapshotNotFoundFault',
  'DBClusterSnapshotNotFoundFault',
];

async function drain<Page, Item, Out>(
  pages: AsyncIterable<Page>,
  itemsOf: (page: Page) => Item[] | undefined,
  map: (item: Item) => Out | undefined,
): Promise<Out[]> {
  const out: Out[] = [];
  for await (const page of pages) {
    for (const item of itemsOf(page) ?? []) {
      const mapped = map(item);
      if (mapped !== undefined) out.push(mapped);
    }
  }
  return out;
}

/**
 * Reads who may restore a snapshot. A denied or vanished snapshot is recorded on the snapshot
 * rather than failing the region: its other facts still stand.
 */
async function readSharing(
  ctx: AwsUnitContext,
  client: RDSClient,
  snapshot: UnsharedSnapshot,
): Promise<SnapshotSharing> {
  const options = { abortSignal: ctx.signal };
  try {
    if (snapshot.kind === 'instance') {
      const answer = await client.send(
        new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: snapshot.id }),
        options,
      );
      return mapSharing(answer.DBSnapshotAttributesResult?.DBSnapshotAttributes);
    }
    const answer = await client.send(
      new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: snapshot.id }),
      options,
    );
    return mapSharing(answer.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes);
  } catch (error) {
    const classified = classifyAwsError(error);
    if (classified.kind !== 'access_denied' && !isAwsErrorCode(error, ...SNAPSHOT_GONE))
      throw error;
    ctx.log.warn(
      { snapshot: snapshot.arn, code: classified.code },
      'could not read the sharing of an RDS snapshot',
    );
    return { status: 'unreadable', errorCode: classified.code };
  }
}

/** One region's RDS snapshot: paginated lists of instances, clusters and manual snapshots. */
export async function collectRdsSnapshot(ctx: AwsUnitContext): Promise<RdsRegionSnapshot> {
  const client = ctx.clients.get(RDSClient);
  const options = { abortSignal: ctx.signal };
  const config = { client, pageSize: PAGE_SIZE };
  // Only this account's own manual snapshots: public and shared-with-us ones are not ours to judge.
  const manual = { SnapshotType: 'manual', IncludePublic: false, IncludeShared: false };

  const [instances, clusters, instanceSnapshots, clusterSnapshots] = await Promise.all([
    drain(paginateDescribeDBInstances(config, {}, options), (p) => p.DBInstances, mapInstance),
    drain(paginateDescribeDBClusters(config, {}, options), (p) => p.DBClusters, mapCluster),
    drain(
      paginateDescribeDBSnapshots(config, { ...manual }, options),
      (p) => p.DBSnapshots,
      mapInstanceSnapshot,
    ),
    drain(
      paginateDescribeDBClusterSnapshots(config, { ...manual }, options),
      (p) => p.DBClusterSnapshots,
      mapClusterSnapshot,
    ),
  ]);

  const limit = pLimit(ATTRIBUTE_CONCURRENCY);
  const snapshots: RdsSnapshot[] = await Promise.all(
    [...instanceSnapshots, ...clusterSnapshots].map((snapshot) =>
      limit(async () => ({ ...snapshot, sharing: await readSharing(ctx, client, snapshot) })),
    ),
  );

  return { instances, clusters, snapshots };
}
