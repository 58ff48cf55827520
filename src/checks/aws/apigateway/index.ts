import type { CheckDefinition } from '../../../core/index.js';
import apigateway_domain_names_tls_policy_secure from './apigateway_domain_names_tls_policy_secure.check.js';
import apigateway_restapi_authorizers_enabled from './apigateway_restapi_authorizers_enabled.check.js';
import apigateway_restapi_cache_encrypted from './apigateway_restapi_cache_encrypted.check.js';
import apigateway_restapi_client_certificate_enabled from './apigateway_restapi_client_certificate_enabled.check.js';
import apigateway_restapi_tracing_enabled from './apigateway_restapi_tracing_enabled.check.js';
import apigateway_restapi_waf_acl_attached from './apigateway_restapi_waf_acl_attached.check.js';
import apigateway_stage_execution_logging_enabled from './apigateway_stage_execution_logging_enabled.check.js';
import apigatewayv2_route_authorization_type_specified from './apigatewayv2_route_authorization_type_specified.check.js';
import apigatewayv2_stage_access_logging_enabled from './apigatewayv2_stage_access_logging_enabled.check.js';

/** The API Gateway checks (stages, method and route authorization, domain TLS): one line each. */
export const APIGATEWAY_CHECKS: readonly CheckDefinition[] = [
  apigateway_domain_names_tls_policy_secure,
  apigateway_restapi_authorizers_enabled,
  apigateway_restapi_cache_encrypted,
  apigateway_restapi_client_certificate_enabled,
  apigateway_restapi_tracing_enabled,
  apigateway_restapi_waf_acl_attached,
  apigateway_stage_execution_logging_enabled,
  apigatewayv2_route_authorization_type_specified,
  apigatewayv2_stage_access_logging_enabled,
];
