import pLimit from 'p-limit';
import { bucketId } from '../../ids.js';
import type { GcpUnitContext } from '../../define-scanner.js';
import { available, guardedRead, readError, type Read } from '../../read.js';
import type { GcpBucket, PublicGrant, StorageSnapshot } from './model.js';

export const STORAGE_PERMISSIONS = [
  'storage.buckets.list',
  'cloudasset.assets.searchAllIamPolicies',
  'storage.buckets.getIamPolicy',
] as const;

interface IamPolicy {
  bindings?: { role?: string; members?: string[] }[];
}

interface RestBucket {
  name?: string;
  location?: string;
  locationType?: string;
  storageClass?: string;
  timeCreated?: string;
  labels?: Record<string, string>;
  iamConfiguration?: {
    uniformBucketLevelAccess?: { enabled?: boolean };
    publicAccessPrevention?: string;
  };
  versioning?: { enabled?: boolean };
  retentionPolicy?: { retentionPeriod?: string; isLocked?: boolean };
  softDeletePolicy?: { retentionDurationSeconds?: string };
  encryption?: { defaultKmsKeyName?: string };
  logging?: { logBucket?: string };
}

const PUBLIC_MEMBERS = new Set(['allUsers', 'allAuthenticatedUsers']);
/** buckets.list serves up to 1,000 buckets a page; Cloud Asset's search up to 500 results. */
const BUCKET_PAGE = 1000;
const ASSET_PAGE = 500;
/** getIamPolicy calls in flight at once when Cloud Asset Inventory cannot answer. */
const PER_BUCKET_CONCURRENCY = 8;

export function publicGrants(policy: IamPolicy | undefined): PublicGrant[] {
  return (policy?.bindings ?? []).flatMap((b) =>
    (b.members ?? [])
      .filter((m) => PUBLIC_MEMBERS.has(m))
      .map((member) => ({ role: b.role ?? 'unknown', member })),
  );
}

/**
 * The project's buckets (one paginated buckets.list, settings included) and their IAM policies:
 * from one Cloud Asset Inventory search over every bucket of the project where the API is enabled
 * and readable, else one getIamPolicy per bucket.
 */
export async function collectStorageSnapshot(ctx: GcpUnitContext): Promise<StorageSnapshot> {
  const project = ctx.clients.project;
  const raw: RestBucket[] = [];
  for await (const page of ctx.clients.pages<{ items?: RestBucket[]; nextPageToken?: string }>(
    {
      api: 'storage',
      operation: 'buckets.list',
      path: 'b',
      query: { project, maxResults: BUCKET_PAGE, projection: 'noAcl' },
    },
    ctx.signal,
  )) {
    raw.push(...(page.items ?? []).filter((b) => b.name));
  }
  if (raw.length === 0) return { project, buckets: [], iamSource: 'none' };

  const search = await guardedRead(ctx, 'cloudasset.searchAllIamPolicies', () =>
    searchBucketPolicies(ctx),
  );
  let policyOf: (name: string) => Promise<Read<{ publicGrants: PublicGrant[] }>>;
  if (search.state === 'available') {
    // A bucket the search returns no policy for grants nothing beyond its project's roles.
    policyOf = async (name) => available({ publicGrants: search.value.get(bucketId(name)) ?? [] });
  } else {
    policyOf = (name) =>
      guardedRead(ctx, 'storage.buckets.getIamPolicy', async () => ({
        publicGrants: publicGrants(
          await ctx.clients.request<IamPolicy>(
            {
              api: 'storage',
              operation: 'buckets.getIamPolicy',
              path: `b/${encodeURIComponent(name)}/iam`,
            },
            ctx.signal,
          ),
        ),
      }));
  }
  const limit = pLimit(PER_BUCKET_CONCURRENCY);
  const buckets = await Promise.all(
    raw.map((bucket) =>
      limit(async () => mapBucket(bucket, await policyOf(bucket.name as string))),
    ),
  );
  return {
    project,
    buckets,
    iamSource: search.state === 'available' ? 'cloud-asset-inventory' : 'bucket-get-iam-policy',
    ...(search.state !== 'available' ? { assetInventoryError: readError(search) } : {}),
  };
}

/** Every bucket IAM policy of the project in one paginated Cloud Asset search. */
async function searchBucketPolicies(ctx: GcpUnitContext): Promise<Map<string, PublicGrant[]>> {
  const out = new Map<string, PublicGrant[]>();
  for await (const page of ctx.clients.pages<{
    results?: { resource?: string; policy?: IamPolicy }[];
    nextPageToken?: string;
  }>(
    {
      api: 'cloudasset',
      operation: 'searchAllIamPolicies',
      path: `v1/projects/${ctx.clients.project}:searchAllIamPolicies`,
      query: { assetTypes: ['storage.googleapis.com/Bucket'], pageSize: ASSET_PAGE },
    },
    ctx.signal,
  )) {
    for (const result of page.results ?? []) {
      if (!result.resource) continue;
      out.set(result.resource, [
        ...(out.get(result.resource) ?? []),
        ...publicGrants(result.policy),
      ]);
    }
  }
  return out;
}

export function mapBucket(raw: RestBucket, iam: GcpBucket['iam']): GcpBucket {
  const name = raw.name as string;
  const retention = raw.retentionPolicy?.retentionPeriod;
  const softDelete = raw.softDeletePolicy?.retentionDurationSeconds;
  return {
    id: bucketId(name),
    name,
    location: raw.location ?? 'unknown',
    ...(raw.locationType ? { locationType: raw.locationType } : {}),
    storageClass: raw.storageClass ?? 'STANDARD',
    ...(raw.timeCreated ? { createdAt: raw.timeCreated } : {}),
    labels: raw.labels ?? {},
    uniformBucketLevelAccess: raw.iamConfiguration?.uniformBucketLevelAccess?.enabled ?? false,
    publicAccessPrevention: raw.iamConfiguration?.publicAccessPrevention ?? 'unspecified',
    versioning: raw.versioning?.enabled ?? false,
    ...(retention
      ? {
          retention: {
            periodSeconds: Number(retention),
            locked: raw.retentionPolicy?.isLocked ?? false,
          },
        }
      : {}),
    ...(softDelete !== undefined ? { softDeleteSeconds: Number(softDelete) } : {}),
    ...(raw.encryption?.defaultKmsKeyName
      ? { defaultKmsKeyName: raw.encryption.defaultKmsKeyName }
      : {}),
    ...(raw.logging?.logBucket ? { logBucket: raw.logging.logBucket } : {}),
    iam,
  };
}
