import type { RestApi as SdkRestApi, Stage as SdkRestStage } from '@aws-sdk/client-api-gateway';
import type { Api as SdkApi, Stage as SdkV2Stage } from '@aws-sdk/client-apigatewayv2';
import { LOGGING_ON, type RestStage, type V2Stage } from './model.js';

/** The resource ARNs of API Gateway have no account: `arn:aws:apigateway:REGION::/path`. */
export const apiGatewayArn = (region: string, path: string): string =>
  `arn:aws:apigateway:${region}::${path}`;

export function mapRestApi(
  api: SdkRestApi,
): { id: string; name: string; endpointTypes: string[] } | undefined {
  if (!api.id) return undefined;
  return {
    id: api.id,
    name: api.name ?? api.id,
    endpointTypes: api.endpointConfiguration?.types ?? [],
  };
}

export function mapRestStage(arn: string, s: SdkRestStage): RestStage {
  const settings = s.methodSettings ?? {};
  const all = settings['*/*'];
  const loggingLevel = all?.loggingLevel ?? 'OFF';
  const methods = Object.entries(settings).filter(([key]) => key !== '*/*');
  const cached = Object.entries(settings).filter(([, m]) => m.cachingEnabled === true);
  return {
    arn,
    name: s.stageName ?? '',
    loggingLevel,
    methodsLoggingOff: LOGGING_ON.has(loggingLevel)
      ? methods.filter(([, m]) => m.loggingLevel === 'OFF').map(([key]) => key)
      : [],
    tracingEnabled: s.tracingEnabled === true,
    ...(s.clientCertificateId ? { clientCertificateId: s.clientCertificateId } : {}),
    ...(s.webAclArn ? { webAclArn: s.webAclArn } : {}),
    cacheClusterEnabled: s.cacheClusterEnabled === true,
    unencryptedCacheMethods: s.cacheClusterEnabled
      ? cached.filter(([, m]) => m.cacheDataEncrypted !== true).map(([key]) => key)
      : [],
    ...(s.accessLogSettings?.destinationArn
      ? { accessLogDestination: s.accessLogSettings.destinationArn }
      : {}),
  };
}

export function mapApi(api: SdkApi): { id: string; name: string; protocol: string } | undefined {
  if (!api.ApiId) return undefined;
  return { id: api.ApiId, name: api.Name ?? api.ApiId, protocol: api.ProtocolType ?? 'HTTP' };
}

export function mapV2Stage(arn: string, protocol: string, s: SdkV2Stage): V2Stage {
  const websocket = protocol === 'WEBSOCKET';
  const level = s.DefaultRouteSettings?.LoggingLevel ?? 'OFF';
  return {
    arn,
    name: s.StageName ?? '',
    ...(websocket ? { loggingLevel: level } : {}),
    routesLoggingOff:
      websocket && LOGGING_ON.has(level)
        ? Object.entries(s.RouteSettings ?? {})
            .filter(([, r]) => r.LoggingLevel === 'OFF')
            .map(([key]) => key)
        : [],
    ...(s.AccessLogSettings?.DestinationArn
      ? { accessLogDestination: s.AccessLogSettings.DestinationArn }
      : {}),
    detailedMetricsEnabled: s.DefaultRouteSettings?.DetailedMetricsEnabled === true,
  };
}
