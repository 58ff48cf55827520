import pLimit from 'p-limit';
import { ASSET_PERMISSIONS, listAssets } from '../../assets.js';
import type { GcpUnitContext } from '../../define-scanner.js';
import { bigQueryDatasetId } from '../../ids.js';
import { available, guardedRead } from '../../read.js';
import type {
  BigQueryDataset,
  BigQuerySnapshot,
  BigQueryTable,
  DatasetDetails,
  DatasetPublicGrant,
} from './model.js';

/** datasets.list and datasets.get both need bigquery.datasets.get; tables come from Cloud Asset. */
export const BIGQUERY_PERMISSIONS = [
  'bigquery.datasets.get',
  ASSET_PERMISSIONS[0], // cloudasset.assets.listResource
] as const;

const TABLE = 'bigquery.googleapis.com/Table';
/** datasets.list has no documented maximum page size; 1,000 keeps a big project to few pages. */
const DATASET_PAGE = 1000;
/** datasets.get calls in flight at once. */
const PER_DATASET_CONCURRENCY = 8;

interface RestDatasetReference {
  datasetId?: string;
  projectId?: string;
}

interface RestListedDataset {
  id?: string;
  datasetReference?: RestDatasetReference;
  labels?: Record<string, string>;
  location?: string;
}

/** One dataset access entry: a role and exactly one grantee field. */
export interface RestAccessEntry {
  role?: string;
  userByEmail?: string;
  groupByEmail?: string;
  domain?: string;
  specialGroup?: string;
  iamMember?: string;
  view?: unknown;
  routine?: unknown;
  dataset?: unknown;
}

interface RestDataset {
  datasetReference?: RestDatasetReference;
  access?: RestAccessEntry[];
  defaultEncryptionConfiguration?: { kmsKeyName?: string };
}

interface RestTable {
  tableReference?: { projectId?: string; datasetId?: string; tableId?: string };
  type?: string;
  encryptionConfiguration?: { kmsKeyName?: string };
}

const PUBLIC = new Set(['allUsers', 'allAuthenticatedUsers']);

/** The entries open to everyone (`iamMember` allUsers, `specialGroup` allAuthenticatedUsers…). */
export function publicAccess(access: readonly RestAccessEntry[] | undefined): DatasetPublicGrant[] {
  return (access ?? []).flatMap((entry) =>
    [entry.iamMember, entry.specialGroup]
      .filter((m): m is string => m !== undefined && PUBLIC.has(m))
      .map((member) => ({ role: entry.role ?? 'unknown', member })),
  );
}

export function mapDetails(raw: RestDataset): DatasetDetails {
  const key = raw.defaultEncryptionConfiguration?.kmsKeyName;
  return { publicGrants: publicAccess(raw.access), ...(key ? { defaultKmsKeyName: key } : {}) };
}

export function mapTable(fullName: string, raw: RestTable | undefined): BigQueryTable {
  const path = /datasets\/([^/]+)\/tables\/([^/]+)$/.exec(fullName);
  const key = raw?.encryptionConfiguration?.kmsKeyName;
  return {
    id: fullName,
    name: raw?.tableReference?.tableId ?? path?.[2] ?? fullName,
    dataset: raw?.tableReference?.datasetId ?? path?.[1] ?? 'unknown',
    type: raw?.type ?? 'TABLE',
    ...(key ? { kmsKeyName: key } : {}),
  };
}

/**
 * The project's datasets (one paginated datasets.list, hidden ones included), each one's access
 * entries and default encryption (datasets.get: the listing has neither), and every table's
 * encryption from one paginated Cloud Asset Inventory listing (no call per table). A dataset whose
 * get fails, or the table listing failing, is recorded and the unit goes on.
 */
export async function collectBigQuery(ctx: GcpUnitContext): Promise<BigQuerySnapshot> {
  const project = ctx.clients.project;
  const listed: { name: string; raw: RestListedDataset }[] = [];
  for await (const page of ctx.clients.pages<{
    datasets?: RestListedDataset[];
    nextPageToken?: string;
  }>(
    {
      api: 'bigquery',
      operation: 'datasets.list',
      path: `projects/${encodeURIComponent(project)}/datasets`,
      query: { all: true, maxResults: DATASET_PAGE },
    },
    ctx.signal,
  ))
    for (const raw of page.datasets ?? []) {
      const name = raw.datasetReference?.datasetId;
      if (name) listed.push({ name, raw });
    }
  if (listed.length === 0) return { project, datasets: [], tables: available([]) };

  const limit = pLimit(PER_DATASET_CONCURRENCY);
  const datasets = await Promise.all(
    listed.map(({ name, raw }) =>
      limit(async (): Promise<BigQueryDataset> => ({
        id: bigQueryDatasetId(project, name),
        name,
        location: raw.location ?? 'unknown',
        labels: raw.labels ?? {},
        details: await guardedRead(ctx, 'bigquery.datasets.get', async () =>
          mapDetails(
            await ctx.clients.request<RestDataset>(
              {
                api: 'bigquery',
                operation: 'datasets.get',
                path: `projects/${encodeURIComponent(project)}/datasets/${encodeURIComponent(name)}`,
              },
              ctx.signal,
            ),
          ),
        ),
      })),
    ),
  );
  const tables = await guardedRead(ctx, 'cloudasset.assets.list', async () =>
    (await listAssets<RestTable>(ctx, TABLE)).map((a) =>
      mapTable(a.name as string, a.resource?.data),
    ),
  );
  return { project, datasets, tables };
}
