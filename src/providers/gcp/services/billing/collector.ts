import type { JsonValue } from '../../../../core/index.js';
import { BILLING_TABLE } from '../../auth.js';
import type { GcpUnitContext } from '../../define-scanner.js';
import { readFailure } from '../../read.js';
import type { GcpCall } from '../../transport.js';
import type { BillingSnapshot, MonthlyByService } from './model.js';

/** The IAM permissions the billing export query needs, exactly. */
export const BILLING_PERMISSIONS = [
  'bigquery.jobs.create',
  'bigquery.tables.get',
  'bigquery.tables.getData',
] as const;

/** BigQuery on-demand analysis: USD 6.25 per TiB billed, at least 10 MiB per query. */
export const BIGQUERY_USD_PER_TIB = 6.25;
export const BIGQUERY_MIN_BILLED_BYTES = 10 * 2 ** 20;
/** Default cap on the bytes one export query may bill: 10 GiB (USD 0.06). */
export const DEFAULT_MAX_BYTES_BILLED = 10 * 2 ** 30;
/** The export is loaded a few times a day: the folded answer is kept a day. */
export const BILLING_CACHE_TTL_SECONDS = 86_400;
export const DEFAULT_COST_MONTHS = 6;
const QUERY_TIMEOUT_MS = 30_000;
const PAGE_ROWS = 10_000;
/** getQueryResults polls of a query still running, at most (each waits up to QUERY_TIMEOUT_MS). */
const MAX_POLLS = 10;

/**
 * Monthly cost by project and service, in USD: credits are negative amounts deducted from the cost,
 * both converted from the billing currency at the row's own rate. `_PARTITIONTIME` prunes the
 * ingestion-time partitions before the window, so the bytes scanned are the window's only.
 */
export function exportQuery(table: string): string {
  return [
    'SELECT project.id AS project_id, service.description AS service, invoice.month AS month,',
    '  ROUND(SUM((cost + IFNULL((SELECT SUM(c.amount) FROM UNNEST(credits) c), 0))',
    '    / IFNULL(NULLIF(currency_conversion_rate, 0), 1)), 6) AS usd',
    `FROM \`${table}\``,
    'WHERE invoice.month >= @first_month AND DATE(_PARTITIONTIME) >= @since',
    '  AND project.id IS NOT NULL',
    'GROUP BY project_id, service, month',
  ].join('\n');
}

/** The invoice months of the window, oldest first: `cost_months` months up to the current one. */
export function windowMonths(now: Date, count: number): string[] {
  const out: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

interface QueryResponse {
  jobReference?: { projectId?: string; jobId?: string; location?: string };
  jobComplete?: boolean;
  totalBytesProcessed?: string;
  totalBytesBilled?: string;
  totalRows?: string;
  rows?: { f?: { v?: unknown }[] }[];
  pageToken?: string;
}

/** The whole billing account's window, folded: project → month → service → USD. */
export interface ExportAnswer {
  byProject: Record<string, MonthlyByService>;
  estimatedBytes: number;
  billedBytes: number;
  cached: boolean;
}

class OverCap extends Error {
  constructor(
    readonly estimatedBytes: number,
    readonly capBytes: number,
  ) {
    super(`the dry run estimates ${estimatedBytes} bytes, over the cap of ${capBytes}`);
  }
}

/** The table's own project runs (and pays for) the query job. */
function jobProject(table: string): string {
  const [project] = table.split('.') as [string];
  return project;
}

/**
 * The export's window for every project at once: a dry run first (its bytes are the estimate),
 * then, under the cap, the query itself with `maximumBytesBilled` set, its pages and polls. The
 * folded answer is cached a day for the tenant; every project of the scan shares it.
 */
async function readExport(
  ctx: GcpUnitContext,
  table: string,
  months: readonly string[],
  cap: number,
): Promise<ExportAnswer> {
  const first = months[0] as string;
  const key = `gcp:billing-export:${table}:${first}:${months.length}`;
  const hit = await ctx.cache?.get(key);
  if (hit !== undefined) return { ...(hit as unknown as ExportAnswer), cached: true };

  const project = jobProject(table);
  const body = {
    query: exportQuery(table),
    useLegacySql: false,
    parameterMode: 'NAMED',
    queryParameters: [
      {
        name: 'first_month',
        parameterType: { type: 'STRING' },
        parameterValue: { value: first.replace('-', '') },
      },
      { name: 'since', parameterType: { type: 'DATE' }, parameterValue: { value: `${first}-01` } },
    ],
  };
  const query = (extra: Record<string, unknown>): GcpCall => ({
    api: 'bigquery',
    operation: 'jobs.query',
    path: `projects/${project}/queries`,
    method: 'POST',
    body: { ...body, ...extra },
  });
  const dry = await ctx.clients.requestAs<QueryResponse>(
    project,
    query({ dryRun: true }),
    ctx.signal,
  );
  const estimatedBytes = Number(dry.totalBytesProcessed ?? 0);
  if (estimatedBytes > cap) throw new OverCap(estimatedBytes, cap);

  let answer = await ctx.clients.requestAs<QueryResponse>(
    project,
    query({
      maximumBytesBilled: String(cap),
      timeoutMs: QUERY_TIMEOUT_MS,
      maxResults: PAGE_ROWS,
    }),
    ctx.signal,
  );
  const billedBytes = Math.max(Number(answer.totalBytesBilled ?? 0), BIGQUERY_MIN_BILLED_BYTES);
  ctx.meter?.record({
    service: 'bigquery',
    operation: 'jobs.query',
    units: billedBytes,
    usd: (billedBytes / 2 ** 40) * BIGQUERY_USD_PER_TIB,
  });
  const byProject: Record<string, MonthlyByService> = {};
  const fold = (rows: QueryResponse['rows']) => {
    for (const row of rows ?? []) {
      const [id, service, month, usd] = (row.f ?? []).map((cell) => cell.v);
      if (typeof id !== 'string' || typeof month !== 'string' || !/^\d{6}$/.test(month)) continue;
      const amount = Number(usd);
      if (!Number.isFinite(amount)) continue;
      const ym = `${month.slice(0, 4)}-${month.slice(4)}`;
      const perMonth = ((byProject[id] ??= {})[ym] ??= {});
      const name = typeof service === 'string' && service ? service : 'unknown';
      perMonth[name] = Math.round(((perMonth[name] ?? 0) + amount) * 1e6) / 1e6;
    }
  };
  for (let polls = 0; ;) {
    if (answer.jobComplete !== false) fold(answer.rows);
    const done = answer.jobComplete !== false && !answer.pageToken;
    if (done) break;
    if (answer.jobComplete === false && ++polls > MAX_POLLS)
      throw Object.assign(new Error('the billing export query did not complete'), {
        name: 'TimeoutError',
      });
    const job = answer.jobReference;
    if (!job?.jobId) throw new Error('jobs.query answered without a job reference');
    answer = await ctx.clients.requestAs<QueryResponse>(
      project,
      {
        api: 'bigquery',
        operation: 'jobs.getQueryResults',
        path: `projects/${project}/queries/${encodeURIComponent(job.jobId)}`,
        query: {
          location: job.location,
          pageToken: answer.jobComplete === false ? undefined : answer.pageToken,
          maxResults: PAGE_ROWS,
          timeoutMs: QUERY_TIMEOUT_MS,
        },
      },
      ctx.signal,
    );
  }
  const result: ExportAnswer = { byProject, estimatedBytes, billedBytes, cached: false };
  await ctx.cache?.set(
    key,
    { byProject, estimatedBytes, billedBytes } as unknown as JsonValue,
    BILLING_CACHE_TTL_SECONDS,
  );
  return result;
}

/**
 * The project's slice of the billing export (only with options.cost and a configured table). The
 * query covers the whole billing account once per scan (shared by every project's unit) and per
 * day (the tenant's cache); a failure is the project's recorded status, never a failed scan.
 */
export async function collectBilling(ctx: GcpUnitContext): Promise<BillingSnapshot> {
  const project = ctx.clients.project;
  if (!ctx.options.cost) return { project, status: 'not_requested' };
  const table = ctx.clients.settings.billingExportTable;
  if (!table) return { project, status: 'not_configured' };
  if (!BILLING_TABLE.test(table))
    return {
      project,
      status: 'unavailable',
      table,
      call: 'configuration',
      errorCode: 'INVALID_ARGUMENT',
      message: 'billing_export_table must be PROJECT.DATASET.TABLE',
    };
  const months = windowMonths(ctx.clock.now(), ctx.options.cost_months ?? DEFAULT_COST_MONTHS);
  const cap = ctx.clients.settings.billingMaxBytesBilled ?? DEFAULT_MAX_BYTES_BILLED;
  try {
    const answer = await ctx.clients.shared(`billing-export:${table}:${months[0]}`, () =>
      readExport(ctx, table, months, cap),
    );
    const mine = answer.byProject[project] ?? {};
    return {
      project,
      status: 'collected',
      table,
      months,
      byService: Object.fromEntries(months.map((m) => [m, mine[m] ?? {}])),
      estimatedBytes: answer.estimatedBytes,
      billedBytes: answer.billedBytes,
      cached: answer.cached,
    };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    if (error instanceof OverCap)
      return {
        project,
        status: 'over_cap',
        table,
        estimatedBytes: error.estimatedBytes,
        capBytes: error.capBytes,
      };
    const failure = readFailure('bigquery.jobs.query', error);
    ctx.log.warn({ call: failure.call, code: failure.errorCode }, 'billing export unavailable');
    return {
      project,
      status: 'unavailable',
      table,
      call: failure.call,
      errorCode: failure.errorCode,
      message: failure.message,
    };
  }
}
