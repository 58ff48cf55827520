import {
  APIGatewayClient,
  GetRestApisCommand,
  GetStagesCommand as GetRestStagesCommand,
  type GetRestApisCommandInput,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetStagesCommand,
  type GetApisCommandInput,
  type GetStagesCommandInput,
} from '@aws-sdk/client-apigatewayv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { classifyAwsError } from '../../errors.js';
import { awsError } from '../../testing/mock-calls.js';
import { expectOnlyDeclaredMetrics, htmlInsteadOfJson } from '../../testing/scanner-contract.js';
import { scanUnit, valueOf } from '../../testing/unit-context.js';
import {
  ACCOUNT,
  API_ARN,
  LOG_GROUP,
  REGION,
  REST,
  REST_STAGES,
  restPage1,
  restPage2,
  STAGE_ARN,
  V2,
  V2_STAGES,
  v2Page1,
  v2Page2,
  WEB_ACL,
} from './fixtures/sdk.js';
import { APIGATEWAY_METRIC as K, APIGATEWAY_METRICS } from './metrics.js';
import { apiGatewayScanner } from './scanner.js';

const rest = mockClient(APIGatewayClient);
const v2 = mockClient(ApiGatewayV2Client);

const scan = () =>
  scanUnit(apiGatewayScanner, REGION, [APIGatewayClient, ApiGatewayV2Client], ACCOUNT);

let restInputs: GetRestApisCommandInput[] = [];
let v2Inputs: GetApisCommandInput[] = [];
let stageInputs: GetStagesCommandInput[] = [];

beforeEach(() => {
  rest.reset();
  v2.reset();
  restInputs = [];
  v2Inputs = [];
  stageInputs = [];
  rest.on(GetRestApisCommand).callsFake((input: GetRestApisCommandInput) => {
    restInputs.push({ ...input });
    return input.position === 'rest-page-2' ? restPage2 : restPage1;
  });
  rest.on(GetRestStagesCommand).callsFake((input: { restApiId?: string }) => {
    const answer = REST_STAGES[input.restApiId ?? ''];
    if (answer) return answer;
    throw awsError('NotFoundException', 'Invalid API identifier specified', 404);
  });
  v2.on(GetApisCommand).callsFake((input: GetApisCommandInput) => {
    v2Inputs.push({ ...input });
    return input.NextToken === 'v2-page-2' ? v2Page2 : v2Page1;
  });
  v2.on(GetStagesCommand).callsFake((input: GetStagesCommandInput) => {
    stageInputs.push({ ...input });
    const pages = V2_STAGES[input.ApiId ?? ''];
    if (!pages) throw awsError('NotFoundException', 'Invalid API identifier specified', 404);
    return input.NextToken ? pages[1] : pages[0];
  });
});

describe('apiGatewayScanner', () => {
  it('lists REST and v2 APIs across pages and reads each API’s stages once (v2 stages paged)', async () => {
    const events = await scan();

    expect(restInputs).toEqual([{ limit: 500 }, { limit: 500, position: 'rest-page-2' }]);
    expect(v2Inputs).toEqual([
      { MaxResults: '500' },
      { MaxResults: '500', NextToken: 'v2-page-2' },
    ]);
    expect(
      rest
        .commandCalls(GetRestStagesCommand)
        .map((c) => c.args[0].input.restApiId)
        .sort(),
    ).toEqual([REST.orders, REST.legacy, REST.internal].sort());
    expect(stageInputs).toEqual(
      expect.arrayContaining([
        { ApiId: V2.http, MaxResults: '500' },
        { ApiId: V2.http, MaxResults: '500', NextToken: 'stages-page-2' },
        { ApiId: V2.chat, MaxResults: '500' },
      ]),
    );
    expect(stageInputs).toHaveLength(3);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([...Object.values(API_ARN), ...Object.values(STAGE_ARN)]),
    );
  });

  it('reports REST stage logging, tracing, client certificate, WAF, cache encryption and access logs', async () => {
    const events = await scan();

    expect(valueOf(events, API_ARN.orders, K.protocol)).toBe('REST');
    expect(valueOf(events, API_ARN.orders, K.endpointTypes)).toEqual(['REGIONAL']);
    expect(valueOf(events, API_ARN.orders, K.stageCount)).toBe(2);
    expect(valueOf(events, API_ARN.internal, K.stageCount)).toBe(0);
    expect(valueOf(events, STAGE_ARN.ordersProd, K.loggingLevel)).toBe('INFO');
    expect(valueOf(events, STAGE_ARN.ordersProd, K.tracingEnabled)).toBe(true);
    expect(valueOf(events, STAGE_ARN.ordersProd, K.clientCertificate)).toBe(true);
    expect(valueOf(events, STAGE_ARN.ordersProd, K.webAcl)).toBe(WEB_ACL);
    expect(valueOf(events, STAGE_ARN.ordersProd, K.unencryptedCacheMethods)).toEqual([]);
    expect(valueOf(events, STAGE_ARN.ordersProd, K.accessLogDestination)).toBe(LOG_GROUP);
    expect(valueOf(events, STAGE_ARN.ordersDev, K.loggingLevel)).toBe('ERROR');
    expect(valueOf(events, STAGE_ARN.ordersDev, K.methodsLoggingOff)).toEqual(['orders/GET']);
    expect(valueOf(events, STAGE_ARN.ordersDev, K.unencryptedCacheMethods)).toEqual(['orders/GET']);
    expect(valueOf(events, STAGE_ARN.ordersDev, K.clientCertificate)).toBe(false);
    expect(valueOf(events, STAGE_ARN.ordersDev, K.webAcl)).toBeUndefined();
    expect(valueOf(events, STAGE_ARN.legacyV1, K.loggingLevel)).toBe('OFF');
    expect(valueOf(events, STAGE_ARN.legacyV1, K.cacheClusterEnabled)).toBe(false);
    expect(valueOf(events, STAGE_ARN.legacyV1, K.accessLogging)).toBe(false);
  });

  it('reports HTTP and WebSocket stage access logs and WebSocket execution logging', async () => {
    const events = await scan();

    expect(valueOf(events, API_ARN.http, K.protocol)).toBe('HTTP');
    expect(valueOf(events, API_ARN.http, K.stageCount)).toBe(2);
    expect(valueOf(events, STAGE_ARN.httpDefault, K.accessLogging)).toBe(true);
    expect(valueOf(events, STAGE_ARN.httpDefault, K.detailedMetrics)).toBe(true);
    expect(valueOf(events, STAGE_ARN.httpDefault, K.loggingLevel)).toBeUndefined();
    expect(valueOf(events, STAGE_ARN.httpBeta, K.accessLogging)).toBe(false);
    expect(valueOf(events, API_ARN.chat, K.protocol)).toBe('WEBSOCKET');
    expect(valueOf(events, STAGE_ARN.chatProd, K.loggingLevel)).toBe('ERROR');
    expect(valueOf(events, STAGE_ARN.chatProd, K.methodsLoggingOff)).toEqual(['$connect']);
  });

  it('goes on when GetStages is denied for an API, naming the action', async () => {
    rest
      .on(GetRestStagesCommand, { restApiId: REST.legacy })
      .rejects(awsError('AccessDeniedException', 'not authorized', 403));
    v2.on(GetStagesCommand, { ApiId: V2.chat }).rejects(
      awsError('AccessDeniedException', 'not authorized', 403),
    );

    const events = await scan();

    expect(valueOf(events, API_ARN.legacy, K.readError)).toEqual([
      'apigateway:GET: AccessDeniedException',
    ]);
    expect(valueOf(events, API_ARN.chat, K.readError)).toEqual([
      'apigateway:GET: AccessDeniedException',
    ]);
    expect(valueOf(events, API_ARN.legacy, K.apiName)).toBe('legacy');
    expect(valueOf(events, STAGE_ARN.legacyV1, K.loggingLevel)).toBeUndefined();
    expect(valueOf(events, STAGE_ARN.ordersProd, K.loggingLevel)).toBe('INFO');
  });

  it('skips an API deleted between the list and its stages', async () => {
    rest.on(GetRestApisCommand).resolves({ $metadata: {}, items: [{ id: 'gone', name: 'gone' }] });
    v2.on(GetApisCommand).resolves({
      $metadata: {},
      Items: [
        { ApiId: 'gone2', Name: 'gone2', ProtocolType: 'HTTP', RouteSelectionExpression: 'x' },
      ],
    });

    expect(await scan()).toEqual([]);
  });

  it('fails the unit when a listing is denied, the region is not opted in, or API Gateway is not offered', async () => {
    rest.on(GetRestApisCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    await expect(scan()).rejects.toMatchObject({ name: 'AccessDeniedException' });

    rest.on(GetRestApisCommand).resolves(restPage2);
    v2.on(GetApisCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    await expect(scan()).rejects.toMatchObject({ name: 'AccessDeniedException' });

    rest.on(GetRestApisCommand).rejects(awsError('UnrecognizedClientException', 'opt-in', 400));
    expect(classifyAwsError(await scan().catch((e: unknown) => e)).kind).toBe('region_disabled');

    rest.on(GetRestApisCommand).rejects(htmlInsteadOfJson());
    expect(classifyAwsError(await scan().catch((e: unknown) => e)).code).toBe('NotImplemented');
  });

  it('emits nothing in a region without APIs', async () => {
    rest.on(GetRestApisCommand).resolves({ $metadata: {}, items: [] });
    v2.on(GetApisCommand).resolves({ $metadata: {}, Items: [] });

    expect(await scan()).toEqual([]);
    expect(rest.commandCalls(GetRestStagesCommand)).toHaveLength(0);
    expect(v2.commandCalls(GetStagesCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    rest.on(GetRestStagesCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(apiGatewayScanner, APIGATEWAY_METRICS, events);
  });

  it('declares apigateway:GET, the one action of every read it makes, as a regional scanner', async () => {
    await scan();
    expect(apiGatewayScanner.scope).toBe('regional');
    expect([...apiGatewayScanner.permissions]).toEqual(['apigateway:GET']);
    const sent = [...rest.calls(), ...v2.calls()].map(
      (c) => (c.args[0] as { constructor: { name: string } }).constructor.name,
    );
    expect(new Set(sent)).toEqual(
      new Set(['GetRestApisCommand', 'GetStagesCommand', 'GetApisCommand']),
    );
  });
});
