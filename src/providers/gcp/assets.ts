import type { GcpUnitContext } from './define-scanner.js';

/** Cloud Asset Inventory pages: assets.list serves up to 1,000, searchAllIamPolicies 500. */
const ASSET_PAGE = 1000;
const POLICY_PAGE = 500;

export const ASSET_PERMISSIONS = [
  'cloudasset.assets.listResource',
  'cloudasset.assets.searchAllIamPolicies',
] as const;

export interface IamPolicy {
  bindings?: { role?: string; members?: string[] }[];
}

export interface RestAsset<Data> {
  /** The full resource name: `//cloudkms.googleapis.com/projects/P/locations/L/…`. */
  name?: string;
  assetType?: string;
  resource?: { version?: string; discoveryName?: string; location?: string; data?: Data };
}

/**
 * Every resource of one asset type in the project with its full REST representation, in one
 * paginated Cloud Asset Inventory listing: no call per location or per resource.
 */
export async function listAssets<Data>(
  ctx: GcpUnitContext,
  assetType: string,
): Promise<RestAsset<Data>[]> {
  const out: RestAsset<Data>[] = [];
  for await (const page of ctx.clients.pages<{
    assets?: RestAsset<Data>[];
    nextPageToken?: string;
  }>(
    {
      api: 'cloudasset',
      operation: 'assets.list',
      path: `v1/projects/${ctx.clients.project}/assets`,
      query: { assetTypes: [assetType], contentType: 'RESOURCE', pageSize: ASSET_PAGE },
    },
    ctx.signal,
  ))
    out.push(...(page.assets ?? []).filter((a) => a.name));
  return out;
}

/**
 * Every IAM policy set on resources of the asset types in the project (one paginated search,
 * whatever the number of types): full name → policies.
 */
export async function searchPolicies(
  ctx: GcpUnitContext,
  assetTypes: string | readonly string[],
): Promise<Map<string, IamPolicy[]>> {
  const out = new Map<string, IamPolicy[]>();
  for await (const page of ctx.clients.pages<{
    results?: { resource?: string; policy?: IamPolicy }[];
    nextPageToken?: string;
  }>(
    {
      api: 'cloudasset',
      operation: 'searchAllIamPolicies',
      path: `v1/projects/${ctx.clients.project}:searchAllIamPolicies`,
      query: {
        assetTypes: typeof assetTypes === 'string' ? [assetTypes] : assetTypes,
        pageSize: POLICY_PAGE,
      },
    },
    ctx.signal,
  )) {
    for (const result of page.results ?? []) {
      if (!result.resource || !result.policy) continue;
      out.set(result.resource, [...(out.get(result.resource) ?? []), result.policy]);
    }
  }
  return out;
}

const PUBLIC_MEMBERS = new Set(['allUsers', 'allAuthenticatedUsers']);

/** `role:member` of every allUsers / allAuthenticatedUsers grant of the policies. */
export function publicMembers(policies: readonly IamPolicy[] | undefined): string[] {
  return (policies ?? []).flatMap((p) =>
    (p.bindings ?? []).flatMap((b) =>
      (b.members ?? []).filter((m) => PUBLIC_MEMBERS.has(m)).map((m) => `${b.role ?? '?'}:${m}`),
    ),
  );
}
