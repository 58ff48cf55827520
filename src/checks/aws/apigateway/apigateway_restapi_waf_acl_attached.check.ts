import { APIGATEWAY } from '../../../providers/aws/services/apigateway/model.js';
import { defineCheck } from '../../define.js';
import { eachRestStage } from './stages.js';

export default defineCheck({
  id: 'apigateway_restapi_waf_acl_attached',
  scanner: APIGATEWAY,
  reads: ['restApis'],
  resource_type: 'AwsApiGatewayStage',
  title: 'API Gateway REST stages are protected by an AWS WAF web ACL',
  description: 'GetStages: a REST stage with a webAclArn passes; one without fails.',
  severity: 'medium',
  risk: 'Without a web ACL the API takes every request the internet sends: injection, credential stuffing and floods reach the backend with nothing in front of it but throttling.',
  remediation: {
    text: 'Associate a regional AWS WAF web ACL with the stage.',
    cli: 'aws wafv2 associate-web-acl --web-acl-arn WEB_ACL_ARN --resource-arn arn:aws:apigateway:REGION::/restapis/API_ID/stages/STAGE',
    console: 'API Gateway → APIs → <API> → Stages → <stage> → Stage details → Edit → Web ACL',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html',
  },
  compliance: { aws_fsbp: ['APIGateway.4'] },
  *evaluate(snapshot) {
    yield* eachRestStage(snapshot.restApis, (s, what) =>
      s.webAclArn !== undefined
        ? {
            resource_id: s.arn,
            status: 'PASS',
            reason: `${what} is protected by web ACL ${s.webAclArn}`,
          }
        : { resource_id: s.arn, status: 'FAIL', reason: `${what} has no AWS WAF web ACL` },
    );
  },
});
