/**
 * What the apigateway scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK. API Gateway authorizes every management read (GetRestApis,
 * GetStages, GetResources, GetApis, GetRoutes, GetDomainNames — REST and v2 alike) as the one
 * action `apigateway:GET` on the resource path. CloudWatch's GetMetricData reads every API's
 * traffic, errors and latency for the region in one batched fetch.
 */
export const APIGATEWAY_PERMISSIONS = ['apigateway:GET', 'cloudwatch:GetMetricData'] as const;

/** The IAM action of every API Gateway read of the scanner. */
export const APIGATEWAY_GET = APIGATEWAY_PERMISSIONS[0];
