import type { ResourceGraphClient } from '@azure/arm-resourcegraph';

/** One row of a Resource Graph answer (`resultFormat: objectArray`). */
export type GraphRow = Record<string, unknown> & { subscriptionId?: string };

/** Resource Graph, narrowed to the one call we make: a paginated query over many subscriptions. */
export interface GraphReader {
  query(
    kql: string,
    subscriptions: readonly string[],
    signal?: AbortSignal,
  ): AsyncGenerator<GraphRow[]>;
}

/** Resource Graph accepts at most 1,000 subscriptions and returns at most 1,000 rows a call. */
export const GRAPH_MAX_SUBSCRIPTIONS = 1000;
export const GRAPH_PAGE_SIZE = 1000;

/** Pages of a query through the SDK, following `$skipToken`. */
export function sdkGraphReader(client: Pick<ResourceGraphClient, 'resources'>): GraphReader {
  return {
    async *query(kql, subscriptions, signal) {
      let skipToken: string | undefined;
      do {
        const page = await client.resources(
          {
            query: kql,
            subscriptions: [...subscriptions],
            options: {
              top: GRAPH_PAGE_SIZE,
              resultFormat: 'objectArray',
              ...(skipToken ? { skipToken } : {}),
            },
          },
          { abortSignal: signal, requestOptions: {} },
        );
        yield (page.data as GraphRow[] | undefined) ?? [];
        skipToken = page.skipToken || undefined;
      } while (skipToken);
    },
  };
}

/**
 * The tenant's inventory, one query per kind for every subscription of the scan at once: the first
 * unit asking for a kind runs its query over all subscriptions (1,000 a call, paginated), every
 * other unit takes its subscription's rows from the answer. A subscription's rows are handed out
 * once; a unit that asks again (a retried unit) gets a fresh query of its own subscription.
 */
export class TenantInventory {
  readonly #answers = new Map<string, Promise<Map<string, GraphRow[]>>>();

  constructor(
    private readonly reader: GraphReader,
    /** The scan's subscriptions (those `accounts()` lists). */
    private readonly subscriptions: () => Promise<readonly string[]>,
  ) {}

  async rowsFor(
    kind: string,
    kql: string,
    subscriptionId: string,
    signal?: AbortSignal,
  ): Promise<GraphRow[]> {
    const key = subscriptionId.toLowerCase();
    let answer = this.#answers.get(kind);
    if (!answer) {
      answer = this.#queryAll(kql, signal);
      this.#answers.set(kind, answer);
      answer.catch(() => this.#answers.delete(kind));
    }
    const bySubscription = await answer;
    const rows = bySubscription.get(key);
    if (rows) {
      bySubscription.delete(key);
      return rows;
    }
    // Not in the grouped answer (handed out already, or not among the scan's subscriptions).
    return (await this.#query(kql, [subscriptionId], signal)).get(key) ?? [];
  }

  async #queryAll(kql: string, signal?: AbortSignal): Promise<Map<string, GraphRow[]>> {
    const all = await this.subscriptions();
    const out = new Map<string, GraphRow[]>(all.map((s) => [s.toLowerCase(), []]));
    for (let i = 0; i < all.length; i += GRAPH_MAX_SUBSCRIPTIONS) {
      const chunk = all.slice(i, i + GRAPH_MAX_SUBSCRIPTIONS);
      for (const [sub, rows] of await this.#query(kql, chunk, signal)) {
        out.set(sub, [...(out.get(sub) ?? []), ...rows]);
      }
    }
    return out;
  }

  async #query(
    kql: string,
    subscriptions: readonly string[],
    signal?: AbortSignal,
  ): Promise<Map<string, GraphRow[]>> {
    const out = new Map<string, GraphRow[]>(subscriptions.map((s) => [s.toLowerCase(), []]));
    for await (const page of this.reader.query(kql, subscriptions, signal)) {
      for (const row of page) {
        const sub = String(row.subscriptionId ?? '').toLowerCase();
        const rows = out.get(sub);
        if (rows) rows.push(row);
      }
    }
    return out;
  }
}
