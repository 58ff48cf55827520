import { APIGATEWAY } from '../../../providers/aws/services/apigateway/model.js';
import { defineCheck } from '../../define.js';
import { eachRestStage } from './stages.js';

export default defineCheck({
  id: 'apigateway_restapi_tracing_enabled',
  scanner: APIGATEWAY,
  reads: ['restApis'],
  resource_type: 'AwsApiGatewayStage',
  title: 'API Gateway REST stages have AWS X-Ray tracing',
  description: 'GetStages: a REST stage with tracingEnabled passes; one without fails.',
  severity: 'low',
  risk: 'Without X-Ray traces a slow or failing request cannot be followed through the API into its Lambda functions and services: latency and errors are found late and blind.',
  remediation: {
    text: 'Enable X-Ray tracing on the stage.',
    cli: 'aws apigateway update-stage --rest-api-id API_ID --stage-name STAGE --patch-operations op=replace,path=/tracingEnabled,value=true',
    console:
      'API Gateway → APIs → <API> → Stages → <stage> → Logs and tracing → Edit → X-Ray tracing',
    url: 'https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html',
  },
  compliance: { aws_fsbp: ['APIGateway.3'] },
  *evaluate(snapshot) {
    yield* eachRestStage(snapshot.restApis, (s, what) =>
      s.tracingEnabled
        ? { resource_id: s.arn, status: 'PASS', reason: `${what} has X-Ray tracing on` }
        : { resource_id: s.arn, status: 'FAIL', reason: `${what} has no X-Ray tracing` },
    );
  },
});
