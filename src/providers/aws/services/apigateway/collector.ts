import {
  APIGatewayClient,
  GetStagesCommand as GetRestStagesCommand,
  paginateGetDomainNames,
  paginateGetResources,
  paginateGetRestApis,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetDomainNamesCommand,
  GetRoutesCommand,
  GetStagesCommand,
  type Api,
  type Stage,
} from '@aws-sdk/client-apigatewayv2';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import pLimit from 'p-limit';
import { collectResourceStats } from '../../cloudwatch-stats.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead } from '../../read.js';
import {
  addResourceMethods,
  apiGatewayArn,
  mapApi,
  mapRestApi,
  mapRestDomain,
  mapRestStage,
  mapRoutes,
  mapV2Domain,
  mapV2Stage,
} from './mapper.js';
import type {
  ApiGatewayRegionSnapshot,
  DomainNames,
  RestApi,
  RestMethods,
  V2Api,
} from './model.js';
import { APIGATEWAY_GET } from './permissions.js';
import {
  restMetricsName,
  restStatTarget,
  sharedRestMetricsNames,
  v2StatTarget,
} from './signals.js';

/** The listings of API Gateway (REST and v2) answer at most 500 items a page. */
const PAGE_SIZE = 500;
/** GetStages, GetResources and GetRoutes take one API: API Gateway has no batch form. */
const PER_API_CONCURRENCY = 5;
const ABSENT = { absentCodes: ['NotFoundException'] };

/**
 * One region's APIs: the paginated GetRestApis and GetApis, at once (the unit fails if either
 * fails), then for each API, one after the other under the concurrency limit, GetStages (REST: one
 * answer with every stage; v2: paged) and its authorization: REST GetResources with the methods
 * embedded, v2 GetRoutes (both paged). An API deleted between the list and these reads
 * (NotFoundException) is not reported. Besides, from the start, the region's custom domain names:
 * REST and v2 GetDomainNames (paged), and, once the APIs are listed, every API's traffic, errors
 * and latency in one batched GetMetricData fetch (REST by ApiName, HTTP and WebSocket by ApiId,
 * each kind its own metrics; REST APIs sharing a name left out).
 */
export async function collectApiGatewaySnapshot(
  ctx: AwsUnitContext,
): Promise<ApiGatewayRegionSnapshot> {
  const rest = ctx.clients.get(APIGatewayClient);
  const v2 = ctx.clients.get(ApiGatewayV2Client);
  const options = { abortSignal: ctx.signal };
  // GetRestApis, GetApis and the domain names do not need each other: all are sent at once (the
  // per-API reads and the statistics wait only for the listings). Promise.all observes every one,
  // so no rejection is lost.
  const [listed, domainNames] = await Promise.all([
    bothListed(
      collectPages(
        paginateGetRestApis({ client: rest, pageSize: PAGE_SIZE }, {}, options),
        (page) => page.items,
        mapRestApi,
        ctx.signal,
      ),
      v2Items((paging) => v2.send(new GetApisCommand(paging), options), ctx.signal),
    ).then(([restListed, v2Apis]) =>
      readApis(
        ctx,
        rest,
        v2,
        restListed,
        v2Apis.map((api: Api) => mapApi(api)).filter((api) => api !== undefined),
      ),
    ),
    readDomainNames(ctx, rest, v2),
  ]);
  const present = (a: RestApi | V2Api) =>
    a.stages.state !== 'absent' && ('methods' in a ? a.methods : a.routes).state !== 'absent';
  return {
    region: ctx.region,
    restApis: listed.restApis.filter(present),
    apis: listed.apis.filter(present),
    domainNames,
    performance: listed.performance,
  };
}

/**
 * Both listings' answers, once both have settled. When both fail, the unit fails with GetRestApis's
 * error, as when GetApis was sent only after it: which failure wins does not depend on timing.
 */
async function bothListed<R, V>(restListing: Promise<R>, v2Listing: Promise<V>): Promise<[R, V]> {
  const [restListed, v2Listed] = await Promise.allSettled([restListing, v2Listing]);
  if (restListed.status === 'rejected') throw restListed.reason;
  if (v2Listed.status === 'rejected') throw v2Listed.reason;
  return [restListed.value, v2Listed.value];
}

/**
 * Per API, under the concurrency limit, GetStages then its authorization (not read for an API
 * GetStages finds gone), and every API's statistics in one batched fetch, all at once.
 */
async function readApis(
  ctx: AwsUnitContext,
  rest: APIGatewayClient,
  v2: ApiGatewayV2Client,
  restListed: Omit<RestApi, 'arn' | 'stages' | 'methods'>[],
  v2Listed: Omit<V2Api, 'arn' | 'stages' | 'routes'>[],
) {
  const options = { abortSignal: ctx.signal };
  const limit = pLimit(PER_API_CONCURRENCY);
  const restApis = Promise.all(
    restListed.map((api) =>
      limit(async (): Promise<RestApi> => {
        const arn = apiGatewayArn(ctx.region, `/restapis/${api.id}`);
        const stages = await guardedRead(
          ctx,
          APIGATEWAY_GET,
          async () => {
            const answer = await rest.send(
              new GetRestStagesCommand({ restApiId: api.id }),
              options,
            );
            return (answer.item ?? []).map((s) =>
              mapRestStage(`${arn}/stages/${s.stageName ?? ''}`, s),
            );
          },
          ABSENT,
        );
        if (stages.state === 'absent') return { arn, ...api, stages, methods: stages };
        const methods = await guardedRead(
          ctx,
          APIGATEWAY_GET,
          async () => {
            const into: RestMethods = { count: 0, unauthorized: [] };
            const pages = paginateGetResources(
              { client: rest, pageSize: PAGE_SIZE },
              { restApiId: api.id, embed: ['methods'] },
              options,
            );
            for await (const page of pages) {
              for (const resource of page.items ?? []) addResourceMethods(into, resource);
              ctx.signal.throwIfAborted();
            }
            return into;
          },
          ABSENT,
        );
        return { arn, ...api, stages, methods };
      }),
    ),
  );
  const apis = Promise.all(
    v2Listed.map((api) =>
      limit(async (): Promise<V2Api> => {
        const arn = apiGatewayArn(ctx.region, `/apis/${api.id}`);
        const stages = await guardedRead(
          ctx,
          APIGATEWAY_GET,
          async () =>
            (
              await v2Items(
                (paging) => v2.send(new GetStagesCommand({ ApiId: api.id, ...paging }), options),
                ctx.signal,
              )
            ).map((s: Stage) => mapV2Stage(`${arn}/stages/${s.StageName ?? ''}`, api.protocol, s)),
          ABSENT,
        );
        if (stages.state === 'absent') return { arn, ...api, stages, routes: stages };
        const routes = await guardedRead(
          ctx,
          APIGATEWAY_GET,
          async () =>
            mapRoutes(
              api.protocol,
              await v2Items(
                (paging) => v2.send(new GetRoutesCommand({ ApiId: api.id, ...paging }), options),
                ctx.signal,
              ),
            ),
          ABSENT,
        );
        return { arn, ...api, stages, routes };
      }),
    ),
  );
  const shared = sharedRestMetricsNames(restListed);
  const performance = collectResourceStats(
    ctx,
    ctx.clients.get(CloudWatchClient),
    [
      ...restListed
        .filter((api) => !shared.has(restMetricsName(api)))
        .map((api) => ({
          id: apiGatewayArn(ctx.region, `/restapis/${api.id}`),
          ...restStatTarget(api),
        })),
      ...v2Listed.map((api) => ({
        id: apiGatewayArn(ctx.region, `/apis/${api.id}`),
        ...v2StatTarget(api),
      })),
    ],
    [],
  );
  const [restApisRead, apisRead, performanceRead] = await Promise.all([
    restApis,
    apis,
    performance,
  ]);
  return { restApis: restApisRead, apis: apisRead, performance: performanceRead };
}

/** REST and v2 GetDomainNames, each paged and each on its own: one failing leaves the other. */
async function readDomainNames(
  ctx: AwsUnitContext,
  rest: APIGatewayClient,
  v2: ApiGatewayV2Client,
): Promise<DomainNames> {
  const options = { abortSignal: ctx.signal };
  const [restDomains, v2Domains] = await Promise.all([
    guardedRead(ctx, APIGATEWAY_GET, () =>
      collectPages(
        paginateGetDomainNames({ client: rest, pageSize: PAGE_SIZE }, {}, options),
        (page) => page.items,
        (d) => mapRestDomain(ctx.region, d),
        ctx.signal,
      ),
    ),
    guardedRead(ctx, APIGATEWAY_GET, async () =>
      (
        await v2Items((paging) => v2.send(new GetDomainNamesCommand(paging), options), ctx.signal)
      ).flatMap((d) => mapV2Domain(ctx.region, d) ?? []),
    ),
  ]);
  return { rest: restDomains, v2: v2Domains };
}

/** The paging of an API Gateway v2 listing: MaxResults as a string, and the token when not the first page. */
type V2Paging = { MaxResults: string; NextToken?: string };

/**
 * Every item of an API Gateway v2 listing, paged by NextToken (the SDK has no paginator):
 * `send` sends one page's command with the paging it is given.
 */
async function v2Items<Item>(
  send: (paging: V2Paging) => Promise<{ Items?: Item[]; NextToken?: string | undefined }>,
  signal: AbortSignal,
): Promise<Item[]> {
  const out: Item[] = [];
  let token: string | undefined;
  do {
    const page = await send({
      MaxResults: String(PAGE_SIZE),
      ...(token ? { NextToken: token } : {}),
    });
    out.push(...(page.Items ?? []));
    signal.throwIfAborted();
    token = page.NextToken;
  } while (token);
  return out;
}
