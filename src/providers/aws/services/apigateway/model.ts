/** One region's API Gateway APIs and stages in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { StatsRead } from '../../cloudwatch-stats.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

/** Execution logging levels that log: ERROR or INFO (OFF does not). */
export const LOGGING_ON: ReadonlySet<string> = new Set(['ERROR', 'INFO']);

/** A stage of a REST API (GetStages of API Gateway v1). */
export interface RestStage {
  /** `arn:aws:apigateway:REGION::/restapis/ID/stages/NAME`. */
  arn: string;
  name: string;
  /** Execution logging of all methods (`*\/*` method setting): OFF, ERROR or INFO; OFF when unset. */
  loggingLevel: string;
  /** Methods whose own setting turns execution logging OFF while `*\/*` logs (`resource/METHOD`). */
  methodsLoggingOff: string[];
  tracingEnabled: boolean;
  /** Client certificate API Gateway presents to the backend. */
  clientCertificateId?: string;
  /** AWS WAF web ACL associated with the stage. */
  webAclArn?: string;
  cacheClusterEnabled: boolean;
  /** Methods (or `*\/*`) that cache responses without encrypting the cache data. */
  unencryptedCacheMethods: string[];
  /** Access log destination (CloudWatch Logs log group or Firehose ARN). */
  accessLogDestination?: string;
}

export interface RestApi {
  /** `arn:aws:apigateway:REGION::/restapis/ID`. */
  arn: string;
  id: string;
  name: string;
  /** EDGE, REGIONAL or PRIVATE. */
  endpointTypes: string[];
  /** ISO time the API was created (GetRestApis createdDate); absent when not given. */
  createdDate?: string;
  /** GetStages of the API: one call an API (no batch form). */
  stages: Read<RestStage[]>;
  /** GetResources of the API with its methods embedded (paged): one listing an API. */
  methods: Read<RestMethods>;
}

/** The authorization of a REST API's methods, compactly. */
export interface RestMethods {
  /** Methods other than OPTIONS (CORS preflights, which browsers send without credentials). */
  count: number;
  /** Of those, the methods whose authorizationType is NONE, as `METHOD /path`, as listed. */
  unauthorized: string[];
}

/** A stage of an HTTP or WebSocket API (GetStages of API Gateway v2). */
export interface V2Stage {
  /** `arn:aws:apigateway:REGION::/apis/ID/stages/NAME`. */
  arn: string;
  name: string;
  /** WebSocket APIs only: DefaultRouteSettings.LoggingLevel, OFF when unset. */
  loggingLevel?: string;
  /** WebSocket routes whose own setting turns execution logging OFF. */
  routesLoggingOff: string[];
  accessLogDestination?: string;
  detailedMetricsEnabled: boolean;
}

export interface V2Api {
  /** `arn:aws:apigateway:REGION::/apis/ID`. */
  arn: string;
  id: string;
  name: string;
  /** HTTP or WEBSOCKET. */
  protocol: string;
  /** ISO time the API was created (GetApis CreatedDate); absent when not given. */
  createdDate?: string;
  /** GetStages of the API (paged): one listing an API (no batch form). */
  stages: Read<V2Stage[]>;
  /** GetRoutes of the API (paged): one listing an API. */
  routes: Read<V2Routes>;
}

/** The authorization of an HTTP or WebSocket API's routes, compactly. */
export interface V2Routes {
  /** Routes of the API. */
  count: number;
  /** Route keys whose AuthorizationType is NONE (or unset), as listed. */
  unauthorized: string[];
  /**
   * WebSocket APIs: AuthorizationType of the `$connect` route, the one route that can carry
   * authorization; absent when the API has no `$connect` route.
   */
  connectAuthorization?: string;
}

/** A custom domain name of API Gateway (GetDomainNames, REST or v2). */
export interface CustomDomain {
  /**
   * `arn:aws:apigateway:REGION::/domainnames/NAME`; a private custom domain name (REST only) has
   * its own ARN, with the account and its domainNameId.
   */
  arn: string;
  name: string;
  /** EDGE, REGIONAL or PRIVATE. */
  endpointTypes: string[];
  /** TLS_1_0, TLS_1_2 or a `SecurityPolicy_TLS1…` name; absent when API Gateway reports none. */
  securityPolicy?: string;
}

/**
 * The region's custom domain names, from both listings: REST GetDomainNames (every endpoint type,
 * with the full SecurityPolicy enum) and v2 GetDomainNames (HTTP/WebSocket, TLS_1_0 | TLS_1_2).
 * The two list the same domain names, which API Gateway shares between its APIs.
 */
export interface DomainNames {
  rest: Read<CustomDomain[]>;
  v2: Read<CustomDomain[]>;
}

/**
 * The domain names of both listings, once each (by ARN): the REST listing's security policy when
 * it gives one (its enum is the finer), the v2 listing's otherwise. Unread listings add nothing.
 */
export function customDomains(d: DomainNames): CustomDomain[] {
  const out = new Map<string, CustomDomain>();
  for (const read of [d.rest, d.v2]) {
    if (read.state !== 'available') continue;
    for (const domain of read.value) {
      const seen = out.get(domain.arn);
      if (!seen) out.set(domain.arn, domain);
      else if (seen.securityPolicy === undefined && domain.securityPolicy !== undefined)
        out.set(domain.arn, { ...seen, securityPolicy: domain.securityPolicy });
    }
  }
  return [...out.values()];
}

/**
 * Security policies negotiating TLS 1.2 or newer only: TLS_1_2 and the enhanced policies
 * (`SecurityPolicy_TLS12_…`, `SecurityPolicy_TLS13_…`). TLS_1_0 also accepts TLS 1.0 and 1.1.
 */
export function isModernTlsPolicy(policy: string | undefined): boolean {
  return policy === 'TLS_1_2' || /^SecurityPolicy_TLS1[23]_/.test(policy ?? '');
}

/**
 * What the batched GetMetricData fetch reads of each API (AWS/ApiGateway, over the metrics
 * window), by kind:
 * - requests: REST and HTTP `Count` (SampleCount); WebSocket `MessageCount` (Sum), the messages
 *   from or to clients;
 * - connections: WebSocket `ConnectCount` (Sum), the messages to the `$connect` route;
 * - clientErrors: REST `4XXError`, HTTP `4xx`, WebSocket `ClientError` (4XX answered by API
 *   Gateway before the integration) (Sum);
 * - serverErrors: REST `5XXError`, HTTP `5xx`, WebSocket `ExecutionError` (errors calling the
 *   integration) (Sum);
 * - integrationErrors: WebSocket `IntegrationError`, requests the integration answered 4XX/5XX (Sum);
 * - latencyMs: REST and HTTP `Latency` (Average); WebSocket APIs publish no Latency.
 * The counts are 0 when CloudWatch answered without a datapoint (no traffic), the latency absent.
 */
export type ApiStat =
  'requests' | 'connections' | 'clientErrors' | 'serverErrors' | 'integrationErrors' | 'latencyMs';

export interface ApiGatewayRegionSnapshot {
  region: string;
  restApis: RestApi[];
  apis: V2Api[];
  domainNames: DomainNames;
  /**
   * Every API's statistics, by ARN, from one batched GetMetricData fetch for the region. A REST API
   * whose name another REST API of the region shares has none: CloudWatch keys REST metrics by name.
   */
  performance: StatsRead<ApiStat>;
}

/** The API Gateway scanner, as its checks name it. */
export const APIGATEWAY = scannerRef<ApiGatewayRegionSnapshot>('aws', 'apigateway');
