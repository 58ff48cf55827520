import { APIGATEWAY } from '../../../providers/aws/services/apigateway/model.js';
import { defineCheck } from '../../define.js';
import { eachRestStage } from './stages.js';

export default defineCheck({
  id: 'apigateway_restapi_client_certificate_enabled',
  scanner: APIGATEWAY,
  reads: ['restApis'],
  resource_type: 'AwsApiGatewayStage',
  title: 'API Gateway REST stages present a client certificate to their backend',
  description: 'GetStages: a REST stage with a clientCertificateId passes; one without fails.',
  severity: 'medium',
  risk: 'Without a client certificate the backend cannot tell API Gateway from anyone else who reaches its endpoint: calls that bypass the API (its authorizers, throttling and WAF) are accepted.',
  remediation: {
    text: 'Generate a client certificate in API Gateway, set it on the stage and have the backend verify it.',
    cli: 'aws apigateway generate-client-certificate && aws apigateway update-stage --rest-api-id API_ID --stage-name STAGE --patch-operations op=replace,path=/clientCertificateId,value=CERT_ID',
    console:
      'API Gateway → APIs → <API> → Stages → <stage> → Stage details → Edit → Client certificate',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html',
  },
  compliance: { aws_fsbp: ['APIGateway.2'] },
  *evaluate(snapshot) {
    yield* eachRestStage(snapshot.restApis, (s, what) =>
      s.clientCertificateId !== undefined
        ? {
            resource_id: s.arn,
            status: 'PASS',
            reason: `${what} presents client certificate ${s.clientCertificateId} to its backend`,
          }
        : {
            resource_id: s.arn,
            status: 'FAIL',
            reason: `${what} has no client certificate for backend authentication`,
          },
    );
  },
});
