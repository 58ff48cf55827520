import {
  paginateListAccounts,
  paginateListAccountsForParent,
  paginateListOrganizationalUnitsForParent,
  paginateListTagsForResource,
  type Account,
  type OrganizationsClient,
} from '@aws-sdk/client-organizations';

/** Which member accounts of an organization a scan covers; every filter given must match. */
export interface AccountFilters {
  account_ids?: readonly string[];
  /** Organizational units (or the root), searched at any depth. */
  ou_ids?: readonly string[];
  /** Tags an account must all carry, key → value. */
  tags?: Readonly<Record<string, string>>;
}

/** The largest page the Organizations list calls accept. */
const PAGE_SIZE = 20;

/**
 * The ids of the organization's ACTIVE accounts that pass the filters, sorted. The account list
 * comes from ListAccounts, or from ListAccountsForParent under each OU (walking its child OUs);
 * tags are read (ListTagsForResource) only when a tag filter is set, and only for accounts the
 * other filters kept.
 */
export async function listOrganizationAccounts(
  client: OrganizationsClient,
  filters: AccountFilters,
  signal?: AbortSignal,
): Promise<string[]> {
  const send = { abortSignal: signal };
  const accounts = filters.ou_ids
    ? await accountsUnder(client, filters.ou_ids, send)
    : await allAccounts(client, send);
  const wanted = filters.account_ids ? new Set(filters.account_ids) : null;
  const kept = [...accounts.values()]
    .filter(isActive)
    .map((account) => account.Id)
    .filter((id): id is string => typeof id === 'string' && (wanted === null || wanted.has(id)));
  const tags = filters.tags;
  if (!tags || Object.keys(tags).length === 0) return kept.sort();
  const tagged: string[] = [];
  for (const id of kept) {
    if (await carriesTags(client, id, tags, send)) tagged.push(id);
  }
  return tagged.sort();
}

function isActive(account: Account): boolean {
  // `State` replaces `Status`; an organization may still answer with either.
  return (account.State ?? account.Status) === 'ACTIVE';
}

async function allAccounts(
  client: OrganizationsClient,
  send: { abortSignal?: AbortSignal },
): Promise<Map<string, Account>> {
  const accounts = new Map<string, Account>();
  for await (const page of paginateListAccounts({ client, pageSize: PAGE_SIZE }, {}, send)) {
    for (const account of page.Accounts ?? []) if (account.Id) accounts.set(account.Id, account);
  }
  return accounts;
}

async function accountsUnder(
  client: OrganizationsClient,
  roots: readonly string[],
  send: { abortSignal?: AbortSignal },
): Promise<Map<string, Account>> {
  const accounts = new Map<string, Account>();
  const visited = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const parent = pending.shift() as string;
    if (visited.has(parent)) continue;
    visited.add(parent);
    const input = { ParentId: parent };
    const config = { client, pageSize: PAGE_SIZE };
    for await (const page of paginateListAccountsForParent(config, input, send)) {
      for (const account of page.Accounts ?? []) if (account.Id) accounts.set(account.Id, account);
    }
    for await (const page of paginateListOrganizationalUnitsForParent(config, { ...input }, send)) {
      for (const unit of page.OrganizationalUnits ?? []) if (unit.Id) pending.push(unit.Id);
    }
  }
  return accounts;
}

async function carriesTags(
  client: OrganizationsClient,
  accountId: string,
  wanted: Readonly<Record<string, string>>,
  send: { abortSignal?: AbortSignal },
): Promise<boolean> {
  const tags = new Map<string, string>();
  for await (const page of paginateListTagsForResource(
    { client },
    { ResourceId: accountId },
    send,
  )) {
    for (const tag of page.Tags ?? [])
      if (tag.Key !== undefined) tags.set(tag.Key, tag.Value ?? '');
  }
  return Object.entries(wanted).every(([key, value]) => tags.get(key) === value);
}
