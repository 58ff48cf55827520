import { APIGATEWAY } from '../../../providers/aws/services/apigateway/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';
import { listed } from './listed.js';

export default defineCheck({
  id: 'apigateway_restapi_authorizers_enabled',
  scanner: APIGATEWAY,
  reads: ['restApis'],
  resource_type: 'AwsApiGatewayRestApi',
  title: 'API Gateway REST API methods require authorization',
  description:
    'GetResources (with the methods embedded): a REST API whose every method has an authorizationType other than NONE (AWS_IAM, CUSTOM — a Lambda authorizer — or COGNITO_USER_POOLS) passes; one with a method of type NONE fails, naming the methods. OPTIONS methods are CORS preflights, which browsers send without credentials, and are not judged; an API with no other method is not judged. An API key (apiKeyRequired) identifies a client for usage plans, it does not authorize, so it does not count.',
  severity: 'medium',
  risk: 'A method without authorization answers anyone who finds the endpoint: its data and the backend behind it are open to the internet (or, for a private API, to the whole VPC), and only throttling stands between them and abuse.',
  remediation: {
    text: 'Give each method an authorizer: IAM (AWS_IAM), an Amazon Cognito user pool or a Lambda authorizer, then redeploy the API. Leave a method open only when it is meant to be public.',
    cli: 'aws apigateway update-method --rest-api-id API_ID --resource-id RESOURCE_ID --http-method GET --patch-operations op=replace,path=/authorizationType,value=AWS_IAM && aws apigateway create-deployment --rest-api-id API_ID --stage-name STAGE',
    console:
      'API Gateway → APIs → <API> → Resources → <method> → Method request → Edit → Authorization',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    for (const api of snapshot.restApis) {
      const what = `REST API ${api.name}`;
      if (api.methods.state !== 'available') {
        yield unreadable(api.arn, `methods of ${what} (GetResources)`, api.methods);
        continue;
      }
      const { count, unauthorized } = api.methods.value;
      if (count === 0) continue;
      yield unauthorized.length === 0
        ? {
            resource_id: api.arn,
            status: 'PASS',
            reason: `${what} requires authorization on all ${count} of its methods (OPTIONS not judged)`,
          }
        : {
            resource_id: api.arn,
            status: 'FAIL',
            reason: `${what} has ${unauthorized.length} of ${count} methods without authorization: ${listed(unauthorized)}`,
          };
    }
  },
});
