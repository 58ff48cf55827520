import { APIGATEWAY } from '../../../providers/aws/services/apigateway/model.js';
import { defineCheck } from '../../define.js';
import { eachV2Stage } from './stages.js';

export default defineCheck({
  id: 'apigatewayv2_stage_access_logging_enabled',
  scanner: APIGATEWAY,
  reads: ['apis'],
  resource_type: 'AwsApiGatewayV2Stage',
  title: 'API Gateway HTTP and WebSocket stages have access logging',
  description:
    'GetStages (API Gateway v2): a stage with AccessLogSettings.DestinationArn passes; one without fails.',
  severity: 'medium',
  risk: 'Without access logs nobody can tell who called the API, from where and with what result: abuse of the API and the data it returned cannot be traced.',
  remediation: {
    text: 'Set an access log destination (a CloudWatch Logs log group) and format on the stage.',
    cli: "aws apigatewayv2 update-stage --api-id API_ID --stage-name STAGE --access-log-settings DestinationArn=LOG_GROUP_ARN,Format='$context.requestId $context.identity.sourceIp $context.status'",
    console: 'API Gateway → APIs → <API> → Monitor → Logging → Select stage → Edit',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html',
  },
  compliance: { aws_fsbp: ['APIGateway.9'] },
  *evaluate(snapshot) {
    yield* eachV2Stage(snapshot.apis, (s, what) =>
      s.accessLogDestination
        ? {
            resource_id: s.arn,
            status: 'PASS',
            reason: `${what} writes access logs to ${s.accessLogDestination}`,
          }
        : { resource_id: s.arn, status: 'FAIL', reason: `${what} has no access logging` },
    );
  },
});
