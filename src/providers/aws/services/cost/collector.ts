import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  GetCostForecastCommand,
  paginateGetRightsizingRecommendation,
  type GetCostAndUsageCommandInput,
  type ResultByTime,
} from '@aws-sdk/client-cost-explorer';
import { DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import type { JsonValue } from '../../../../core/index.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { classifyAwsError, isAwsErrorCode } from '../../errors.js';
import { guardedRead } from '../../read.js';
import {
  CE_COST_METRIC,
  foldDaily,
  foldLinkedAccounts,
  foldMonthly,
  mapForecast,
  mapRecommendation,
} from './mapper.js';
import type { CostData, CostSnapshot, ForecastData, RightsizingData } from './model.js';
import { costPeriods, type DateRange } from './periods.js';

/** The IAM actions collectCost calls, exactly (none without options.cost). */

/** Cost Explorer charges USD 0.01 for each request, each page being one. */
export const CE_USD_PER_REQUEST = 0.01;
/** Cost Explorer refreshes its data a few times a day: answers are kept a day. */
export const COST_CACHE_TTL_SECONDS = 86_400;
export const DEFAULT_COST_MONTHS = 6;
/** Cost Explorer and Organizations answer in us-east-1 for the whole account. */
const GLOBAL_ENDPOINT_REGION = 'us-east-1';
const RIGHTSIZING_PAGE_SIZE = 100;

/** Cost Explorer not enabled for the account, or not permitted to the scan's role. */
function isCostExplorerUnavailable(error: unknown): boolean {
  return (
    classifyAwsError(error).kind === 'access_denied' ||
    isAwsErrorCode(error, 'DataUnavailableException', 'OptInRequired')
  );
}

interface Counters {
  cached: number;
  paid: number;
}

class CostRequests {
  readonly counters: Counters = { cached: 0, paid: 0 };
  readonly #ce: CostExplorerClient;

  constructor(private readonly ctx: AwsUnitContext) {
    this.#ce = ctx.clients.inRegion(CostExplorerClient, GLOBAL_ENDPOINT_REGION);
  }

  /** One answer per account and query, from the tenant's cache when it was fetched today. */
  async cached<T>(key: string, fetch: () => Promise<T>, paid = true): Promise<T> {
    const fullKey = `aws:ce:${this.ctx.accountId}:${key}`;
    const hit = await this.ctx.cache?.get(fullKey);
    if (hit !== undefined) {
      if (paid) this.counters.cached += 1;
      return hit as T;
    }
    const value = await fetch();
    await this.ctx.cache?.set(fullKey, value as JsonValue, COST_CACHE_TTL_SECONDS);
    return value;
  }

  #paid(operation: string): void {
    this.counters.paid += 1;
    this.ctx.meter?.record({ service: 'ce', operation, usd: CE_USD_PER_REQUEST });
  }

  /** GetCostAndUsage has no SDK paginator: NextPageToken is followed here, each page charged. */
  async costAndUsage(input: GetCostAndUsageCommandInput): Promise<ResultByTime[]> {
    const results: ResultByTime[] = [];
    let token: string | undefined;
    do {
      const page = await this.#ce.send(
        new GetCostAndUsageCommand({ ...input, NextPageToken: token }),
        { abortSignal: this.ctx.signal },
      );
      this.#paid('GetCostAndUsage');
      results.push(...(page.ResultsByTime ?? []));
      token = page.NextPageToken;
    } while (token);
    return results;
  }

  async forecast(period: DateRange, month: string): Promise<ForecastData> {
    const answer = await this.#ce.send(
      new GetCostForecastCommand({
        TimePeriod: period,
        Metric: 'UNBLENDED_COST',
        Granularity: 'MONTHLY',
        PredictionIntervalLevel: 80,
      }),
      { abortSignal: this.ctx.signal },
    );
    this.#paid('GetCostForecast');
    return mapForecast(answer, month);
  }

  async rightsizing(): Promise<RightsizingData> {
    const recommendations = [];
    const pages = paginateGetRightsizingRecommendation(
      { client: this.#ce, pageSize: RIGHTSIZING_PAGE_SIZE },
      {
        Service: 'AmazonEC2',
        Configuration: { RecommendationTarget: 'SAME_INSTANCE_FAMILY', BenefitsConsidered: true },
      },
      { abortSignal: this.ctx.signal },
    );
    for await (const page of pages) {
      this.#paid('GetRightsizingRecommendation');
      for (const raw of page.RightsizingRecommendations ?? []) {
        const recommendation = mapRecommendation(raw);
        if (recommendation) recommendations.push(recommendation);
      }
    }
    const total = recommendations.reduce((sum, r) => sum + r.estimatedMonthlySavings, 0);
    return {
      recommendations,
      totalSavings: Math.round(total * 100) / 100,
    };
  }
}

/** True in an organization's management account; false outside an organization or when denied. */
async function isManagementAccount(ctx: AwsUnitContext): Promise<boolean> {
  try {
    const answer = await ctx.clients
      .inRegion(OrganizationsClient, GLOBAL_ENDPOINT_REGION)
      .send(new DescribeOrganizationCommand({}), { abortSignal: ctx.signal });
    return answer.Organization?.MasterAccountId === ctx.accountId;
  } catch (error) {
    ctx.signal.throwIfAborted();
    const classified = classifyAwsError(error);
    if (classified.kind === 'timeout' || classified.kind === 'cancelled') throw error;
    return false;
  }
}

const groupBy = (...keys: string[]) => keys.map((Key) => ({ Type: 'DIMENSION' as const, Key }));

/**
 * The account's costs, in the fewest paid requests: one monthly request grouped by service and
 * region (three views from one answer), one daily request grouped by service, one forecast, the
 * rightsizing pages and, in a management account, one monthly request by linked account. Each
 * answer is cached a day per tenant, account and query. Only with options.cost.
 */
export async function collectCost(ctx: AwsUnitContext): Promise<CostSnapshot> {
  if (!ctx.options.cost) return { status: 'not_requested' };
  const periods = costPeriods(ctx.clock.now(), ctx.options.cost_months ?? DEFAULT_COST_MONTHS);
  const requests = new CostRequests(ctx);
  const monthlyInput: GetCostAndUsageCommandInput = {
    TimePeriod: periods.monthly,
    Granularity: 'MONTHLY',
    Metrics: [CE_COST_METRIC],
    GroupBy: groupBy('SERVICE', 'REGION'),
  };
  const dailyInput: GetCostAndUsageCommandInput = {
    TimePeriod: periods.daily,
    Granularity: 'DAILY',
    Metrics: [CE_COST_METRIC],
    GroupBy: groupBy('SERVICE'),
  };
  const linkedInput: GetCostAndUsageCommandInput = {
    ...monthlyInput,
    GroupBy: groupBy('LINKED_ACCOUNT'),
  };
  let data: CostData;
  let management: boolean;
  try {
    management = await requests.cached(
      'organizations:management',
      () => isManagementAccount(ctx),
      false,
    );
    // The monthly request goes first: when Cost Explorer is off, it is the only one made.
    const monthly = await requests.cached(
      `GetCostAndUsage:${JSON.stringify(monthlyInput)}`,
      async () => foldMonthly(await requests.costAndUsage(monthlyInput)),
    );
    const [daily, byLinkedAccount, forecast, rightsizing] = await Promise.all([
      requests.cached(`GetCostAndUsage:${JSON.stringify(dailyInput)}`, async () =>
        foldDaily(await requests.costAndUsage(dailyInput)),
      ),
      management
        ? requests.cached(`GetCostAndUsage:${JSON.stringify(linkedInput)}`, async () =>
            foldLinkedAccounts(await requests.costAndUsage(linkedInput)),
          )
        : undefined,
      // Secondary data never fails the unit: its failure is kept instead.
      guardedRead(ctx, 'ce:GetCostForecast', () =>
        requests.cached(`GetCostForecast:${JSON.stringify(periods.forecast)}`, () =>
          requests.forecast(periods.forecast, periods.forecastMonth),
        ),
      ),
      guardedRead(ctx, 'ce:GetRightsizingRecommendation', () =>
        requests.cached('GetRightsizingRecommendation:AmazonEC2', () => requests.rightsizing()),
      ),
    ]);
    data = {
      monthly,
      daily,
      ...(byLinkedAccount ? { byLinkedAccount } : {}),
      forecast,
      rightsizing,
    };
  } catch (error) {
    ctx.signal.throwIfAborted();
    if (!isCostExplorerUnavailable(error)) throw error;
    const classified = classifyAwsError(error);
    ctx.log.warn({ code: classified.code }, 'Cost Explorer is not available to this scan');
    return { status: 'unavailable', errorCode: classified.code, message: classified.message };
  }
  return {
    status: 'collected',
    management,
    cachedRequests: requests.counters.cached,
    paidRequests: requests.counters.paid,
    data,
  };
}
