import { APIGATEWAY, LOGGING_ON } from '../../../providers/aws/services/apigateway/model.js';
import type { CheckResult } from '../../../core/index.js';
import { defineCheck } from '../../define.js';
import { eachRestStage, eachV2Stage } from './stages.js';

function judge(
  arn: string,
  what: string,
  level: string,
  off: readonly string[],
  kind: 'methods' | 'routes',
): CheckResult {
  if (!LOGGING_ON.has(level))
    return { resource_id: arn, status: 'FAIL', reason: `${what} has execution logging ${level}` };
  if (off.length > 0)
    return {
      resource_id: arn,
      status: 'FAIL',
      reason: `${what} logs at ${level} but turns it off for ${kind} ${off.join(', ')}`,
    };
  return { resource_id: arn, status: 'PASS', reason: `${what} logs executions at ${level}` };
}

export default defineCheck({
  id: 'apigateway_stage_execution_logging_enabled',
  scanner: APIGATEWAY,
  reads: ['restApis', 'apis'],
  resource_type: 'AwsApiGatewayStage',
  title: 'API Gateway REST and WebSocket stages have execution logging',
  description:
    'GetStages: a REST stage whose `*/*` method setting logs at ERROR or INFO, or a WebSocket stage whose default route logs at ERROR or INFO, passes; OFF (or unset) fails, and so does a method or route that turns logging off. HTTP APIs have no execution logging (see the access logging check).',
  severity: 'medium',
  risk: 'Without execution logs, failed authorizations, integration errors and the requests that caused them leave no trace: an attack on the API or an outage behind it cannot be investigated.',
  remediation: {
    text: 'Set the stage’s logging level to ERROR or INFO (the account needs a CloudWatch Logs role in API Gateway settings).',
    cli: 'aws apigateway update-stage --rest-api-id API_ID --stage-name STAGE --patch-operations op=replace,path=/*/*/logging/loglevel,value=ERROR',
    console: 'API Gateway → APIs → <API> → Stages → <stage> → Logs and tracing → Edit',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
  },
  compliance: { aws_fsbp: ['APIGateway.1'] },
  *evaluate(snapshot) {
    yield* eachRestStage(snapshot.restApis, (s, what) =>
      judge(s.arn, what, s.loggingLevel, s.methodsLoggingOff, 'methods'),
    );
    yield* eachV2Stage(
      snapshot.apis.filter((a) => a.protocol === 'WEBSOCKET'),
      (s, what) => judge(s.arn, what, s.loggingLevel ?? 'OFF', s.routesLoggingOff, 'routes'),
    );
  },
});
