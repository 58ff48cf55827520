import type {
  DomainName as SdkRestDomainName,
  Resource as SdkResource,
  RestApi as SdkRestApi,
  Stage as SdkRestStage,
} from '@aws-sdk/client-api-gateway';
import type {
  Api as SdkApi,
  DomainName as SdkV2DomainName,
  Route as SdkRoute,
  Stage as SdkV2Stage,
} from '@aws-sdk/client-apigatewayv2';
import {
  LOGGING_ON,
  type CustomDomain,
  type RestMethods,
  type RestStage,
  type V2Routes,
  type V2Stage,
} from './model.js';

/** The resource ARNs of API Gateway have no account: `arn:aws:apigateway:REGION::/path`. */
export const apiGatewayArn = (region: string, path: string): string =>
  `arn:aws:apigateway:${region}::${path}`;

export function mapRestApi(
  api: SdkRestApi,
): { id: string; name: string; endpointTypes: string[]; createdDate?: string } | undefined {
  if (!api.id) return undefined;
  return {
    id: api.id,
    name: api.name ?? api.id,
    endpointTypes: api.endpointConfiguration?.types ?? [],
    ...(api.createdDate ? { createdDate: api.createdDate.toISOString() } : {}),
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

export function mapApi(
  api: SdkApi,
): { id: string; name: string; protocol: string; createdDate?: string } | undefined {
  if (!api.ApiId) return undefined;
  return {
    id: api.ApiId,
    name: api.Name ?? api.ApiId,
    protocol: api.ProtocolType ?? 'HTTP',
    ...(api.CreatedDate ? { createdDate: api.CreatedDate.toISOString() } : {}),
  };
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

/**
 * Adds one resource's methods (GetResources with embed=methods) to `into`: OPTIONS methods are CORS
 * preflights and are left out; a method without an authorizationType is taken as NONE.
 */
export function addResourceMethods(into: RestMethods, resource: SdkResource): void {
  for (const [verb, method] of Object.entries(resource.resourceMethods ?? {})) {
    const httpMethod = method.httpMethod ?? verb;
    if (httpMethod === 'OPTIONS') continue;
    into.count += 1;
    if ((method.authorizationType ?? 'NONE') === 'NONE')
      into.unauthorized.push(`${httpMethod} ${resource.path ?? '/'}`);
  }
}

/** The routes of an API (GetRoutes), compactly; a route without an AuthorizationType is NONE. */
export function mapRoutes(protocol: string, routes: readonly SdkRoute[]): V2Routes {
  const open = routes.filter((r) => (r.AuthorizationType ?? 'NONE') === 'NONE');
  const connect = routes.find((r) => r.RouteKey === '$connect');
  return {
    count: routes.length,
    unauthorized: open.map((r) => r.RouteKey ?? ''),
    ...(protocol === 'WEBSOCKET' && connect
      ? { connectAuthorization: connect.AuthorizationType ?? 'NONE' }
      : {}),
  };
}

/** A custom domain name of the REST listing; a private one keeps its own ARN (account and id). */
export function mapRestDomain(region: string, d: SdkRestDomainName): CustomDomain | undefined {
  if (!d.domainName) return undefined;
  return {
    arn:
      d.domainNameId && d.domainNameArn
        ? d.domainNameArn
        : apiGatewayArn(region, `/domainnames/${d.domainName}`),
    name: d.domainName,
    endpointTypes: d.endpointConfiguration?.types ?? [],
    ...(d.securityPolicy ? { securityPolicy: d.securityPolicy } : {}),
  };
}

/**
 * A custom domain name of the v2 listing: one configuration per endpoint; when they differ, the
 * weakest policy (TLS_1_0) is the domain's.
 */
export function mapV2Domain(region: string, d: SdkV2DomainName): CustomDomain | undefined {
  if (!d.DomainName) return undefined;
  const configs = d.DomainNameConfigurations ?? [];
  const policies = configs.flatMap((c) => (c.SecurityPolicy ? [c.SecurityPolicy] : []));
  const policy = policies.includes('TLS_1_0') ? 'TLS_1_0' : policies[0];
  return {
    arn: apiGatewayArn(region, `/domainnames/${d.DomainName}`),
    name: d.DomainName,
    endpointTypes: [...new Set(configs.flatMap((c) => (c.EndpointType ? [c.EndpointType] : [])))],
    ...(policy ? { securityPolicy: policy } : {}),
  };
}
