import {
  APIGatewayClient,
  GetDomainNamesCommand as GetRestDomainNamesCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  GetStagesCommand as GetRestStagesCommand,
  type GetDomainNamesCommandInput as GetRestDomainNamesCommandInput,
  type GetResourcesCommandInput,
  type GetRestApisCommandInput,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetDomainNamesCommand,
  GetRoutesCommand,
  GetStagesCommand,
  type GetApisCommandInput,
  type GetDomainNamesCommandInput,
  type GetRoutesCommandInput,
  type GetStagesCommandInput,
} from '@aws-sdk/client-apigatewayv2';
import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import authorizersCheck from '../../../../checks/aws/apigateway/apigateway_restapi_authorizers_enabled.check.js';
import routesCheck from '../../../../checks/aws/apigateway/apigatewayv2_route_authorization_type_specified.check.js';
import tlsCheck from '../../../../checks/aws/apigateway/apigateway_domain_names_tls_policy_secure.check.js';
import { context, run } from '../../../../checks/aws/testing.js';
import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { classifyAwsError } from '../../errors.js';
import { awsError, calledActions } from '../../testing/mock-calls.js';
import { expectOnlyDeclaredMetrics, htmlInsteadOfJson } from '../../testing/scanner-contract.js';
import {
  fakeClients,
  FAKE_CREDENTIALS,
  scanUnit,
  unitContext,
  valueOf,
} from '../../testing/unit-context.js';
import { collectApiGatewaySnapshot } from './collector.js';
import {
  ACCOUNT,
  API_ARN,
  DOMAIN,
  DOMAIN_ARN,
  LOG_GROUP,
  REGION,
  REST,
  REST_RESOURCES,
  REST_STAGES,
  restDomainsPage1,
  restDomainsPage2,
  restPage1,
  restPage2,
  STAGE_ARN,
  TRAFFIC,
  V2,
  V2_ROUTES,
  V2_STAGES,
  v2DomainsPage1,
  v2DomainsPage2,
  v2Page1,
  v2Page2,
  WEB_ACL,
} from './fixtures/sdk.js';
import { APIGATEWAY_METRIC as K, APIGATEWAY_METRICS } from './metrics.js';
import { apiGatewayScanner } from './scanner.js';
import { deferred } from '../../../../../test/support/deferred.js';

const rest = mockClient(APIGatewayClient);
const v2 = mockClient(ApiGatewayV2Client);
const cloudwatch = mockClient(CloudWatchClient);

const scan = () =>
  scanUnit(
    apiGatewayScanner,
    REGION,
    [APIGatewayClient, ApiGatewayV2Client, CloudWatchClient],
    ACCOUNT,
  );
const collect = () =>
  collectApiGatewaySnapshot(
    unitContext(
      fakeClients(
        REGION,
        new APIGatewayClient({ region: REGION, credentials: FAKE_CREDENTIALS }),
        new ApiGatewayV2Client({ region: REGION, credentials: FAKE_CREDENTIALS }),
        new CloudWatchClient({ region: REGION, credentials: FAKE_CREDENTIALS }),
      ),
      ACCOUNT,
    ),
  );
const notFound = () => awsError('NotFoundException', 'Invalid API identifier specified', 404);

let restInputs: GetRestApisCommandInput[] = [];
let v2Inputs: GetApisCommandInput[] = [];
let stageInputs: GetStagesCommandInput[] = [];
let resourceInputs: GetResourcesCommandInput[] = [];
let routeInputs: GetRoutesCommandInput[] = [];
let restDomainInputs: GetRestDomainNamesCommandInput[] = [];
let v2DomainInputs: GetDomainNamesCommandInput[] = [];
let metricInputs: GetMetricDataCommandInput[] = [];

beforeEach(() => {
  rest.reset();
  v2.reset();
  cloudwatch.reset();
  metricInputs = [];
  restInputs = [];
  v2Inputs = [];
  stageInputs = [];
  resourceInputs = [];
  routeInputs = [];
  restDomainInputs = [];
  v2DomainInputs = [];
  rest.on(GetRestApisCommand).callsFake((input: GetRestApisCommandInput) => {
    restInputs.push({ ...input });
    return input.position === 'rest-page-2' ? restPage2 : restPage1;
  });
  rest.on(GetRestStagesCommand).callsFake((input: { restApiId?: string }) => {
    const answer = REST_STAGES[input.restApiId ?? ''];
    if (answer) return answer;
    throw notFound();
  });
  rest.on(GetResourcesCommand).callsFake((input: GetResourcesCommandInput) => {
    resourceInputs.push({ ...input });
    const pages = REST_RESOURCES[input.restApiId ?? ''];
    if (!pages) throw notFound();
    return input.position ? pages[1] : pages[0];
  });
  rest.on(GetRestDomainNamesCommand).callsFake((input: GetRestDomainNamesCommandInput) => {
    restDomainInputs.push({ ...input });
    return input.position === 'domains-page-2' ? restDomainsPage2 : restDomainsPage1;
  });
  v2.on(GetApisCommand).callsFake((input: GetApisCommandInput) => {
    v2Inputs.push({ ...input });
    return input.NextToken === 'v2-page-2' ? v2Page2 : v2Page1;
  });
  v2.on(GetStagesCommand).callsFake((input: GetStagesCommandInput) => {
    stageInputs.push({ ...input });
    const pages = V2_STAGES[input.ApiId ?? ''];
    if (!pages) throw notFound();
    return input.NextToken ? pages[1] : pages[0];
  });
  v2.on(GetRoutesCommand).callsFake((input: GetRoutesCommandInput) => {
    routeInputs.push({ ...input });
    const pages = V2_ROUTES[input.ApiId ?? ''];
    if (!pages) throw notFound();
    return input.NextToken ? pages[1] : pages[0];
  });
  v2.on(GetDomainNamesCommand).callsFake((input: GetDomainNamesCommandInput) => {
    v2DomainInputs.push({ ...input });
    return input.NextToken === 'v2-domains-page-2' ? v2DomainsPage2 : v2DomainsPage1;
  });
  cloudwatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
    metricInputs.push(input);
    return {
      $metadata: {},
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const metric = q.MetricStat?.Metric;
        const value = TRAFFIC[metric?.Dimensions?.[0]?.Value ?? '']?.[metric?.MetricName ?? ''];
        return {
          Id: q.Id,
          StatusCode: 'Complete',
          Values: value === undefined ? [] : [value],
          Timestamps: value === undefined ? [] : [new Date('2026-11-06T10:00:00Z')],
        };
      }),
    };
  });
});

/** Each query GetMetricData was sent, as `namespace dimension=value metric stat`. */
const askedQueries = () =>
  metricInputs.flatMap((input) =>
    (input.MetricDataQueries ?? []).map((q) => {
      const stat = q.MetricStat;
      const dims = (stat?.Metric?.Dimensions ?? []).map((d) => `${d.Name}=${d.Value}`).join(',');
      return `${stat?.Metric?.Namespace} ${dims} ${stat?.Metric?.MetricName} ${stat?.Stat}`;
    }),
  );

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
      new Set([
        ...Object.values(API_ARN),
        ...Object.values(STAGE_ARN),
        ...Object.values(DOMAIN_ARN),
      ]),
    );
  });

  it('reads each API’s authorization once, paged: GetResources with the methods, GetRoutes', async () => {
    await scan();

    expect(resourceInputs).toEqual(
      expect.arrayContaining([
        { restApiId: REST.orders, embed: ['methods'], limit: 500 },
        { restApiId: REST.orders, embed: ['methods'], limit: 500, position: 'resources-page-2' },
        { restApiId: REST.legacy, embed: ['methods'], limit: 500 },
        { restApiId: REST.internal, embed: ['methods'], limit: 500 },
      ]),
    );
    expect(resourceInputs).toHaveLength(4);
    expect(routeInputs).toEqual(
      expect.arrayContaining([
        { ApiId: V2.http, MaxResults: '500' },
        { ApiId: V2.http, MaxResults: '500', NextToken: 'routes-page-2' },
        { ApiId: V2.chat, MaxResults: '500' },
      ]),
    );
    expect(routeInputs).toHaveLength(3);
    expect(restDomainInputs).toEqual([{ limit: 500 }, { limit: 500, position: 'domains-page-2' }]);
    expect(v2DomainInputs).toEqual([
      { MaxResults: '500' },
      { MaxResults: '500', NextToken: 'v2-domains-page-2' },
    ]);
  });

  it('reports REST methods and v2 routes without authorization, OPTIONS left out', async () => {
    const events = await scan();

    expect(valueOf(events, API_ARN.orders, K.methodCount)).toBe(5);
    expect(valueOf(events, API_ARN.orders, K.methodsWithoutAuthorization)).toEqual([
      'GET /orders/{id}',
    ]);
    expect(valueOf(events, API_ARN.legacy, K.methodsWithoutAuthorization)).toEqual(['ANY /v1']);
    expect(valueOf(events, API_ARN.internal, K.methodCount)).toBe(0);
    expect(valueOf(events, API_ARN.http, K.routeCount)).toBe(3);
    expect(valueOf(events, API_ARN.http, K.routesWithoutAuthorization)).toEqual(['$default']);
    expect(valueOf(events, API_ARN.http, K.connectAuthorization)).toBeUndefined();
    expect(valueOf(events, API_ARN.chat, K.connectAuthorization)).toBe('CUSTOM');
    expect(valueOf(events, API_ARN.chat, K.routesWithoutAuthorization)).toEqual([
      '$disconnect',
      'sendmessage',
    ]);

    const snapshot = await collect();
    expect(run(authorizersCheck, snapshot).map((r) => [r.resource_id, r.status])).toEqual([
      [API_ARN.orders, 'FAIL'],
      [API_ARN.legacy, 'FAIL'],
    ]);
    expect(run(routesCheck, snapshot).map((r) => [r.resource_id, r.status])).toEqual([
      [API_ARN.http, 'FAIL'],
      [API_ARN.chat, 'PASS'],
    ]);
  });

  it('reads every API’s traffic in one GetMetricData call, each kind its own metrics', async () => {
    await scan();

    expect(metricInputs).toHaveLength(1);
    expect(askedQueries().sort()).toEqual(
      [
        ...['orders', 'legacy', 'internal'].flatMap((name) => [
          `AWS/ApiGateway ApiName=${name} Count SampleCount`,
          `AWS/ApiGateway ApiName=${name} 4XXError Sum`,
          `AWS/ApiGateway ApiName=${name} 5XXError Sum`,
          `AWS/ApiGateway ApiName=${name} Latency Average`,
        ]),
        `AWS/ApiGateway ApiId=${V2.http} Count SampleCount`,
        `AWS/ApiGateway ApiId=${V2.http} 4xx Sum`,
        `AWS/ApiGateway ApiId=${V2.http} 5xx Sum`,
        `AWS/ApiGateway ApiId=${V2.http} Latency Average`,
        `AWS/ApiGateway ApiId=${V2.chat} MessageCount Sum`,
        `AWS/ApiGateway ApiId=${V2.chat} ConnectCount Sum`,
        `AWS/ApiGateway ApiId=${V2.chat} ClientError Sum`,
        `AWS/ApiGateway ApiId=${V2.chat} ExecutionError Sum`,
        `AWS/ApiGateway ApiId=${V2.chat} IntegrationError Sum`,
      ].sort(),
    );
    const window = metricInputs[0]!;
    expect(window.EndTime).toEqual(new Date('2026-11-20T10:00:00Z'));
    expect(window.StartTime).toEqual(new Date('2026-11-06T10:00:00Z'));
  });

  it('reports requests, client and server errors, error rate and latency per kind of API', async () => {
    const events = await scan();

    // REST: Count, 4XXError, 5XXError, Latency (by ApiName).
    expect(valueOf(events, API_ARN.orders, K.requestCountSum)).toBe(12_000);
    expect(valueOf(events, API_ARN.orders, K.clientErrorCountSum)).toBe(300);
    expect(valueOf(events, API_ARN.orders, K.serverErrorCountSum)).toBe(60);
    expect(valueOf(events, API_ARN.orders, K.errorRatePercent)).toBe(3);
    expect(valueOf(events, API_ARN.orders, K.latencyAverageMs)).toBe(85.5);
    // HTTP: Count, 4xx, 5xx (no datapoint: none), Latency (by ApiId).
    expect(valueOf(events, API_ARN.http, K.requestCountSum)).toBe(5_000);
    expect(valueOf(events, API_ARN.http, K.clientErrorCountSum)).toBe(50);
    expect(valueOf(events, API_ARN.http, K.serverErrorCountSum)).toBe(0);
    expect(valueOf(events, API_ARN.http, K.errorRatePercent)).toBe(1);
    expect(valueOf(events, API_ARN.http, K.latencyAverageMs)).toBe(41.25);
    expect(valueOf(events, API_ARN.http, K.connectCountSum)).toBeUndefined();
    // WebSocket: messages, connections, ClientError, ExecutionError + IntegrationError; no latency.
    expect(valueOf(events, API_ARN.chat, K.requestCountSum)).toBe(9_000);
    expect(valueOf(events, API_ARN.chat, K.connectCountSum)).toBe(120);
    expect(valueOf(events, API_ARN.chat, K.clientErrorCountSum)).toBe(15);
    expect(valueOf(events, API_ARN.chat, K.serverErrorCountSum)).toBe(5);
    expect(valueOf(events, API_ARN.chat, K.errorRatePercent)).toBeUndefined();
    expect(valueOf(events, API_ARN.chat, K.latencyAverageMs)).toBeUndefined();
    expect(valueOf(events, API_ARN.orders, K.performanceDataUnavailable)).toBeUndefined();
  });

  it('counts 0 where CloudWatch has no datapoint, and reports no latency or error rate then', async () => {
    const events = await scan();

    for (const arn of [API_ARN.legacy, API_ARN.internal]) {
      expect(valueOf(events, arn, K.requestCountSum)).toBe(0);
      expect(valueOf(events, arn, K.clientErrorCountSum)).toBe(0);
      expect(valueOf(events, arn, K.serverErrorCountSum)).toBe(0);
      expect(valueOf(events, arn, K.errorRatePercent)).toBeUndefined();
      expect(valueOf(events, arn, K.latencyAverageMs)).toBeUndefined();
    }
  });

  it('flags an API without traffic over a window it existed for as idle, and only then', async () => {
    const events = await scan();

    expect(valueOf(events, API_ARN.orders, K.idleApi)).toBe(false);
    expect(valueOf(events, API_ARN.http, K.idleApi)).toBe(false);
    expect(valueOf(events, API_ARN.chat, K.idleApi)).toBe(false);
    // No request since the window began, created in 2021.
    expect(valueOf(events, API_ARN.legacy, K.idleApi)).toBe(true);
    // No request, but GetRestApis gives no creation date: unknown, not idle.
    expect(valueOf(events, API_ARN.internal, K.idleApi)).toBeUndefined();
  });

  it('does not judge an API younger than the window, nor a WebSocket API with connections only', async () => {
    rest.on(GetRestApisCommand).resolves({
      $metadata: {},
      items: [{ ...restPage1.items![1]!, createdDate: new Date('2026-11-10T00:00:00Z') }],
    });
    v2.on(GetApisCommand).resolves({ $metadata: {}, Items: v2Page2.Items });
    const chat = TRAFFIC[V2.chat]!;
    const before = { ...chat };
    Object.assign(chat, { MessageCount: undefined, ClientError: undefined });
    try {
      const events = await scan();

      expect(valueOf(events, API_ARN.legacy, K.requestCountSum)).toBe(0);
      expect(valueOf(events, API_ARN.legacy, K.idleApi)).toBeUndefined();
      expect(valueOf(events, API_ARN.chat, K.requestCountSum)).toBe(0);
      expect(valueOf(events, API_ARN.chat, K.connectCountSum)).toBe(120);
      expect(valueOf(events, API_ARN.chat, K.idleApi)).toBe(false);
    } finally {
      Object.assign(chat, before);
    }
  });

  it('asks nothing of REST APIs sharing a name, whose metrics are one series, and says so', async () => {
    rest.on(GetRestApisCommand).resolves({
      $metadata: {},
      items: [
        restPage1.items![0]!,
        // API Gateway drops non-ASCII characters from the ApiName dimension: "orders" too.
        { ...restPage1.items![1]!, name: 'orders✓' },
        // No ASCII character left: the metrics are under the API's id.
        { ...restPage2.items![0]!, name: 'заказы' },
      ],
    });

    const events = await scan();

    expect(askedQueries().filter((q) => q.includes('ApiName=orders'))).toEqual([]);
    expect(askedQueries()).toContain(`AWS/ApiGateway ApiName=${REST.internal} Count SampleCount`);
    for (const arn of [API_ARN.orders, API_ARN.legacy]) {
      expect(valueOf(events, arn, K.performanceDataUnavailable)).toEqual({
        reason: 'api_name_shared',
        api_name: 'orders',
      });
      expect(valueOf(events, arn, K.requestCountSum)).toBeUndefined();
      expect(valueOf(events, arn, K.idleApi)).toBeUndefined();
    }
    expect(valueOf(events, API_ARN.internal, K.requestCountSum)).toBe(0);
  });

  it('goes on when CloudWatch is denied: performance_data_unavailable on each API, no idle flag', async () => {
    cloudwatch
      .on(GetMetricDataCommand)
      .rejects(awsError('AccessDenied', 'not authorized to perform cloudwatch:GetMetricData', 403));

    const events = await scan();

    for (const arn of Object.values(API_ARN)) {
      expect(valueOf(events, arn, K.performanceDataUnavailable)).toEqual({
        reason: 'cloudwatch_error',
        error_code: 'AccessDenied',
      });
      expect(valueOf(events, arn, K.requestCountSum)).toBeUndefined();
      expect(valueOf(events, arn, K.idleApi)).toBeUndefined();
    }
    expect(valueOf(events, API_ARN.orders, K.methodCount)).toBe(5);
  });

  it('reports each custom domain name once, from both listings, with its TLS policy', async () => {
    const events = await scan();

    expect(valueOf(events, DOMAIN_ARN.api, K.domainName)).toBe(DOMAIN.api);
    expect(valueOf(events, DOMAIN_ARN.api, K.domainSecurityPolicy)).toBe(
      'SecurityPolicy_TLS13_1_2_2021_06',
    );
    expect(valueOf(events, DOMAIN_ARN.api, K.domainEndpointTypes)).toEqual(['REGIONAL']);
    expect(valueOf(events, DOMAIN_ARN.legacy, K.domainSecurityPolicy)).toBe('TLS_1_0');
    expect(valueOf(events, DOMAIN_ARN.legacy, K.domainEndpointTypes)).toEqual(['EDGE']);
    expect(valueOf(events, DOMAIN_ARN.internal, K.domainName)).toBe(DOMAIN.internal);
    expect(valueOf(events, DOMAIN_ARN.internal, K.domainEndpointTypes)).toEqual(['PRIVATE']);
    expect(valueOf(events, DOMAIN_ARN.ws, K.domainSecurityPolicy)).toBe('TLS_1_0');

    const snapshot = await collect();
    expect(run(tlsCheck, snapshot).map((r) => [r.resource_id, r.status])).toEqual([
      [DOMAIN_ARN.api, 'PASS'],
      [DOMAIN_ARN.legacy, 'FAIL'],
      [DOMAIN_ARN.internal, 'PASS'],
      [DOMAIN_ARN.ws, 'FAIL'],
    ]);
  });

  it('goes on when GetResources or GetRoutes is denied for an API: the check is ERROR naming it', async () => {
    rest
      .on(GetResourcesCommand, { restApiId: REST.orders })
      .rejects(awsError('AccessDeniedException', 'not authorized', 403));
    v2.on(GetRoutesCommand, { ApiId: V2.http }).rejects(
      awsError('AccessDeniedException', 'not authorized', 403),
    );

    const events = await scan();

    expect(valueOf(events, API_ARN.orders, K.readError)).toEqual([
      'GetResources (apigateway:GET): AccessDeniedException',
    ]);
    expect(valueOf(events, API_ARN.orders, K.methodCount)).toBeUndefined();
    expect(valueOf(events, API_ARN.orders, K.stageCount)).toBe(2);
    expect(valueOf(events, API_ARN.http, K.readError)).toEqual([
      'GetRoutes (apigateway:GET): AccessDeniedException',
    ]);
    expect(valueOf(events, API_ARN.http, K.routeCount)).toBeUndefined();

    const snapshot = await collect();
    expect(run(authorizersCheck, snapshot)[0]).toEqual({
      resource_id: API_ARN.orders,
      status: 'ERROR',
      reason:
        'methods of REST API orders (GetResources) could not be read: apigateway:GET was denied (AccessDeniedException) — not authorized',
    });
    expect(run(routesCheck, snapshot)[0]).toMatchObject({
      resource_id: API_ARN.http,
      status: 'ERROR',
      reason: expect.stringMatching(
        /^routes of HTTP API checkout-http \(GetRoutes\) could not be read: apigateway:GET was denied/,
      ),
    });
  });

  it('goes on when a GetDomainNames listing fails: an ERROR on the region naming it', async () => {
    rest.on(GetRestDomainNamesCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    v2.on(GetDomainNamesCommand).rejects(awsError('InternalFailure', 'try again', 500));

    const events = await scan();
    const region = regionScopeId('apigateway', REGION, ACCOUNT);

    expect(valueOf(events, region, K.readError)).toEqual([
      'GetDomainNames (apigateway:GET): AccessDeniedException',
      'GetDomainNames (v2) (apigateway:GET): InternalFailure',
    ]);
    expect(events.some((e) => e.metric_type === K.domainName)).toBe(false);
    expect(valueOf(events, API_ARN.orders, K.methodCount)).toBe(5);
    expect(run(tlsCheck, await collect(), context({ region: REGION }))).toEqual([
      expect.objectContaining({
        resource_id: regionScopeId('apigateway', REGION, ACCOUNT),
        status: 'ERROR',
        reason: expect.stringContaining(
          '(GetDomainNames) could not be read: apigateway:GET was denied',
        ),
      }),
    ]);
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
      'GetStages (apigateway:GET): AccessDeniedException',
    ]);
    expect(valueOf(events, API_ARN.chat, K.readError)).toEqual([
      'GetStages (apigateway:GET): AccessDeniedException',
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
    rest.on(GetRestDomainNamesCommand).resolves({ $metadata: {}, items: [] });
    v2.on(GetDomainNamesCommand).resolves({ $metadata: {}, Items: [] });

    expect(await scan()).toEqual([]);
    expect(rest.commandCalls(GetResourcesCommand)).toHaveLength(0);
  });

  it('skips an API deleted between its stages and its methods or routes', async () => {
    rest.on(GetResourcesCommand, { restApiId: REST.legacy }).rejects(notFound());
    v2.on(GetRoutesCommand, { ApiId: V2.chat }).rejects(notFound());

    const events = await scan();
    const snapshot = await collect();

    expect(snapshot.restApis.map((a) => a.id)).toEqual([REST.orders, REST.internal]);
    expect(snapshot.apis.map((a) => a.id)).toEqual([V2.http]);
    expect(events.some((e) => e.resource_id === API_ARN.legacy)).toBe(false);
    expect(events.some((e) => e.resource_id.startsWith(API_ARN.chat))).toBe(false);
    expect(valueOf(events, API_ARN.orders, K.methodCount)).toBe(5);
  });

  it('sends GetApis and the domain names without waiting for GetRestApis', async () => {
    const expected = await scan();
    for (const m of [rest, v2, cloudwatch]) m.resetHistory();
    const restHeld = deferred();
    const v2Sent = deferred();
    const restDomainsSent = deferred();
    const v2DomainsSent = deferred();
    rest.on(GetRestApisCommand).callsFake(async (input: GetRestApisCommandInput) => {
      await restHeld.promise;
      return input.position === 'rest-page-2' ? restPage2 : restPage1;
    });
    v2.on(GetApisCommand).callsFake((input: GetApisCommandInput) => {
      v2Sent.resolve();
      return input.NextToken === 'v2-page-2' ? v2Page2 : v2Page1;
    });
    rest.on(GetRestDomainNamesCommand).callsFake((input: GetRestDomainNamesCommandInput) => {
      restDomainsSent.resolve();
      return input.position === 'domains-page-2' ? restDomainsPage2 : restDomainsPage1;
    });
    v2.on(GetDomainNamesCommand).callsFake((input: GetDomainNamesCommandInput) => {
      v2DomainsSent.resolve();
      return input.NextToken === 'v2-domains-page-2' ? v2DomainsPage2 : v2DomainsPage1;
    });

    const events = scan();
    // Hangs (the test times out) if any of them is only sent after GetRestApis answers.
    await Promise.all([v2Sent.promise, restDomainsSent.promise, v2DomainsSent.promise]);
    expect(rest.commandCalls(GetRestApisCommand)).toHaveLength(1);
    expect(v2.commandCalls(GetStagesCommand)).toHaveLength(0);
    restHeld.resolve();

    expect(await events).toEqual(expected);
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
    rest.on(GetRestDomainNamesCommand).resolves({ $metadata: {}, items: [] });
    v2.on(GetDomainNamesCommand).resolves({ $metadata: {}, Items: [] });

    expect(await scan()).toEqual([]);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
    expect(rest.commandCalls(GetRestStagesCommand)).toHaveLength(0);
    expect(v2.commandCalls(GetStagesCommand)).toHaveLength(0);
    expect(rest.commandCalls(GetResourcesCommand)).toHaveLength(0);
    expect(v2.commandCalls(GetRoutesCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    rest.on(GetRestStagesCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    rest.on(GetRestDomainNamesCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));
    rest.on(GetRestApisCommand).resolves({
      $metadata: {},
      items: [restPage1.items![0]!, { ...restPage1.items![1]!, name: 'orders' }],
    });
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(apiGatewayScanner, APIGATEWAY_METRICS, events);
  });

  it('declares apigateway:GET, the one action of every API Gateway read, and cloudwatch:GetMetricData', async () => {
    await scan();
    expect(apiGatewayScanner.scope).toBe('regional');
    expect([...apiGatewayScanner.permissions]).toEqual([
      'apigateway:GET',
      ...calledActions('cloudwatch', cloudwatch.calls()),
    ]);
    expect(calledActions('cloudwatch', cloudwatch.calls())).toEqual(['cloudwatch:GetMetricData']);
    const sent = [...rest.calls(), ...v2.calls()].map(
      (c) => (c.args[0] as { constructor: { name: string } }).constructor.name,
    );
    expect(new Set(sent)).toEqual(
      new Set([
        'GetRestApisCommand',
        'GetStagesCommand',
        'GetApisCommand',
        'GetResourcesCommand',
        'GetRoutesCommand',
        'GetDomainNamesCommand',
      ]),
    );
  });
});
