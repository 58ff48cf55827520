/**
 * What the apigateway scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK. API Gateway authorizes every management read (GetRestApis,
 * GetStages, GetResources, GetApis, GetRoutes, GetDomainNames — REST and v2 alike) as the one
 * action `apigateway:GET` on the resource path.
 */
export const APIGATEWAY_PERMISSIONS = ['apigateway:GET'] as const;

/** The IAM action of every read of the scanner. */
export const APIGATEWAY_GET = APIGATEWAY_PERMISSIONS[0];
