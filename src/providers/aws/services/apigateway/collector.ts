import {
  APIGatewayClient,
  GetStagesCommand as GetRestStagesCommand,
  paginateGetRestApis,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetStagesCommand,
  type Api,
  type Stage,
} from '@aws-sdk/client-apigatewayv2';
import pLimit from 'p-limit';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead } from '../../read.js';
import { apiGatewayArn, mapApi, mapRestApi, mapRestStage, mapV2Stage } from './mapper.js';
import type { ApiGatewayRegionSnapshot, RestApi, V2Api } from './model.js';
import { APIGATEWAY_GET } from './permissions.js';

/** GetRestApis and GetApis answer at most 500 items a page. */
const PAGE_SIZE = 500;
/** GetStages takes one API: API Gateway has no batch form. */
const STAGES_CONCURRENCY = 5;
const ABSENT = { absentCodes: ['NotFoundException'] };

/**
 * One region's APIs: the paginated GetRestApis and GetApis (the unit fails if either fails), then
 * GetStages for each API (REST: one answer with every stage; v2: paged). An API deleted between the
 * list and its stages (NotFoundException) is not reported.
 */
export async function collectApiGatewaySnapshot(
  ctx: AwsUnitContext,
): Promise<ApiGatewayRegionSnapshot> {
  const rest = ctx.clients.get(APIGatewayClient);
  const v2 = ctx.clients.get(ApiGatewayV2Client);
  const options = { abortSignal: ctx.signal };
  const restListed = await collectPages(
    paginateGetRestApis({ client: rest, pageSize: PAGE_SIZE }, {}, options),
    (page) => page.items,
    mapRestApi,
    ctx.signal,
  );
  const v2Listed = (
    await allPages(
      (NextToken) =>
        v2.send(
          new GetApisCommand({
            MaxResults: String(PAGE_SIZE),
            ...(NextToken ? { NextToken } : {}),
          }),
          options,
        ),
      (page) => page.Items,
      ctx.signal,
    )
  )
    .map((api: Api) => mapApi(api))
    .filter((api) => api !== undefined);

  const limit = pLimit(STAGES_CONCURRENCY);
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
        return { arn, ...api, stages };
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
              await allPages(
                (NextToken) =>
                  v2.send(
                    new GetStagesCommand({
                      ApiId: api.id,
                      MaxResults: String(PAGE_SIZE),
                      ...(NextToken ? { NextToken } : {}),
                    }),
                    options,
                  ),
                (page) => page.Items,
                ctx.signal,
              )
            ).map((s: Stage) => mapV2Stage(`${arn}/stages/${s.StageName ?? ''}`, api.protocol, s)),
          ABSENT,
        );
        return { arn, ...api, stages };
      }),
    ),
  );
  const [restRead, v2Read] = await Promise.all([restApis, apis]);
  return {
    region: ctx.region,
    restApis: restRead.filter((a) => a.stages.state !== 'absent'),
    apis: v2Read.filter((a) => a.stages.state !== 'absent'),
  };
}

/** Every item of an API Gateway v2 listing, paged by NextToken (the SDK has no paginator). */
async function allPages<Page extends { NextToken?: string | undefined }, Item>(
  send: (nextToken: string | undefined) => Promise<Page>,
  itemsOf: (page: Page) => Item[] | undefined,
  signal: AbortSignal,
): Promise<Item[]> {
  const out: Item[] = [];
  let token: string | undefined;
  do {
    const page = await send(token);
    out.push(...(itemsOf(page) ?? []));
    signal.throwIfAborted();
    token = page.NextToken;
  } while (token);
  return out;
}
