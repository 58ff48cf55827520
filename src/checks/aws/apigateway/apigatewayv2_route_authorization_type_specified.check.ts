import type { CheckResult } from '../../../core/index.js';
import { APIGATEWAY, type V2Api } from '../../../providers/aws/services/apigateway/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';
import { listed } from './listed.js';

function judge(api: V2Api): CheckResult | undefined {
  const kind = api.protocol === 'WEBSOCKET' ? 'WebSocket' : 'HTTP';
  const what = `${kind} API ${api.name}`;
  if (api.routes.state !== 'available')
    return unreadable(api.arn, `routes of ${what} (GetRoutes)`, api.routes);
  const { count, unauthorized, connectAuthorization } = api.routes.value;
  if (count === 0) return undefined;
  const result = (status: 'PASS' | 'FAIL', reason: string): CheckResult => ({
    resource_id: api.arn,
    status,
    reason: `${what} ${reason}`,
  });
  if (kind === 'WebSocket') {
    if (connectAuthorization === undefined)
      return result('FAIL', 'has no $connect route: connections are never authorized');
    return connectAuthorization === 'NONE'
      ? result('FAIL', 'authorizes no connection: its $connect route has authorization type NONE')
      : result('PASS', `authorizes connections on $connect with ${connectAuthorization}`);
  }
  return unauthorized.length === 0
    ? result('PASS', `specifies an authorization type on all ${count} of its routes`)
    : result(
        'FAIL',
        `has ${unauthorized.length} of ${count} routes with authorization type NONE: ${listed(unauthorized)}`,
      );
}

export default defineCheck({
  id: 'apigatewayv2_route_authorization_type_specified',
  scanner: APIGATEWAY,
  reads: ['apis'],
  resource_type: 'AwsApiGatewayV2Api',
  title: 'API Gateway HTTP and WebSocket API routes specify an authorization type',
  description:
    'GetRoutes (API Gateway v2): an HTTP API whose every route (`$default` included) has an AuthorizationType other than NONE (AWS_IAM, JWT or CUSTOM) passes; one with a route of type NONE fails, naming the routes. A WebSocket API is judged on its `$connect` route alone, the one route that can carry authorization: AWS_IAM or CUSTOM passes, NONE fails, and so does an API without a `$connect` route (connections are then never authorized). An API without routes is not judged. Security Hub’s APIGateway.8 (default parameters) also fails the other routes of a WebSocket API, which cannot take an authorizer.',
  severity: 'medium',
  risk: 'A route without authorization answers anyone who knows the API’s URL: its data can be read or changed, the backend abused and its cost run up, with nothing but throttling in the way.',
  remediation: {
    text: 'Attach an authorizer to each route (a JWT authorizer, a Lambda authorizer or IAM); for a WebSocket API, to its $connect route. Leave a route open only when it is meant to be public.',
    cli: 'aws apigatewayv2 update-route --api-id API_ID --route-id ROUTE_ID --authorization-type JWT --authorizer-id AUTHORIZER_ID',
    console: 'API Gateway → APIs → <API> → Authorization → <route> → Attach authorizer',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html',
  },
  compliance: { aws_fsbp: ['APIGateway.8'] },
  *evaluate(snapshot) {
    for (const api of snapshot.apis) {
      const result = judge(api);
      if (result) yield result;
    }
  },
});
