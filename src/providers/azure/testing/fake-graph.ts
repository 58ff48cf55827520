/**
 * Resource Graph on the fake ARM: `POST /providers/Microsoft.ResourceGraph/resources` answered from
 * a tenant's rows, honouring the request's subscriptions, `$top` and `$skipToken` the way the
 * service does (QueryResponse: totalRecords, count, resultTruncated, $skipToken, data). It reads the
 * few KQL forms our collectors send: the table, `type in~ (…)` / `type =~ '…'`, `distinct`.
 */
import type { FakeArm, FakeRequest, FakeResponse } from './fake-arm.js';

export type FakeRow = Record<string, unknown> & {
  type: string;
  subscriptionId: string;
  /** Resources (default), AuthorizationResources or SecurityResources. */
  table?: string;
};

export const GRAPH_PATH = /^\/providers\/Microsoft\.ResourceGraph\/resources$/;

function tableOf(kql: string): string {
  return (/^\s*(\w+)/.exec(kql)?.[1] ?? 'Resources').toLowerCase();
}

function typesOf(kql: string): string[] | undefined {
  const list = /type\s+in~\s*\(([^)]*)\)/i.exec(kql);
  if (list) return [...list[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!.toLowerCase());
  const one = /type\s+=~\s*'([^']+)'/i.exec(kql);
  return one ? [one[1]!.toLowerCase()] : undefined;
}

/** Answers Resource Graph queries from `rows`; `pageSize` caps $top (the service's cap is 1000). */
export function serveGraph(fake: FakeArm, rows: readonly FakeRow[], pageSize = 1000): void {
  fake.on('POST', GRAPH_PATH, (request: FakeRequest): FakeResponse => {
    const body = request.body as {
      query: string;
      subscriptions?: string[];
      options?: { $top?: number; $skipToken?: string; resultFormat?: string };
    };
    const subs = new Set((body.subscriptions ?? []).map((s) => s.toLowerCase()));
    if (subs.size > 1000) {
      return {
        status: 400,
        body: { error: { code: 'BadRequest', message: 'too many subscriptions' } },
      };
    }
    const table = tableOf(body.query);
    const types = typesOf(body.query);
    let matched: Record<string, unknown>[] = rows.filter(
      (r) =>
        (r.table ?? 'resources').toLowerCase() === table &&
        subs.has(r.subscriptionId.toLowerCase()) &&
        (!types || types.includes(r.type.toLowerCase())),
    );
    const distinct = /\|\s*distinct\s+([\w, ]+)/i.exec(body.query);
    if (distinct) {
      const columns = distinct[1]!.split(',').map((c) => c.trim());
      const seen = new Map<string, Record<string, unknown>>();
      for (const row of matched) {
        const picked = Object.fromEntries(columns.map((c) => [c, row[c]]));
        if (picked.location === '' || picked.location === 'global') continue;
        seen.set(JSON.stringify(picked), picked);
      }
      matched = [...seen.values()];
    } else {
      matched = matched.map(({ table: _table, ...row }) => row);
    }
    const top = Math.min(body.options?.$top ?? 100, pageSize);
    const offset = Number(body.options?.$skipToken ?? 0);
    const data = matched.slice(offset, offset + top);
    const next = offset + top < matched.length ? String(offset + top) : undefined;
    return {
      headers: { 'x-ms-user-quota-remaining': '14', 'x-ms-user-quota-resets-after': '00:00:05' },
      body: {
        totalRecords: matched.length,
        count: data.length,
        resultTruncated: 'false',
        ...(next ? { $skipToken: next } : {}),
        data,
      },
    };
  });
}
