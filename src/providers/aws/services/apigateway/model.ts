/** One region's API Gateway APIs and stages in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
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
  /** GetStages of the API: one call an API (no batch form). */
  stages: Read<RestStage[]>;
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
  /** GetStages of the API (paged): one listing an API (no batch form). */
  stages: Read<V2Stage[]>;
}

export interface ApiGatewayRegionSnapshot {
  region: string;
  restApis: RestApi[];
  apis: V2Api[];
}

/** The API Gateway scanner, as its checks name it. */
export const APIGATEWAY = scannerRef<ApiGatewayRegionSnapshot>('aws', 'apigateway');
