import { LAMBDA } from '../../../providers/aws/services/lambda/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

const INVOKE_URL = ['lambda:InvokeFunctionUrl', 'lambda:*', '*'];

export default defineCheck({
  id: 'lambda_function_url_public',
  scanner: LAMBDA,
  reads: ['functions'],
  resource_type: 'AwsLambdaFunction',
  title: 'Lambda function URLs require IAM authentication',
  description:
    'Lists each function’s URLs (ListFunctionUrlConfigs): a URL with AuthType NONE fails, and the reason says whether the resource policy already lets anyone invoke it.',
  severity: 'high',
  risk: 'A function URL with AuthType NONE is an HTTPS endpoint on the internet with no authentication: once the policy allows "*", anyone can invoke the function.',
  remediation: {
    text: 'Set the URL’s AuthType to AWS_IAM (callers sign their requests), or put authentication in front of it (CloudFront with origin access control) and remove the public permission.',
    cli: 'aws lambda update-function-url-config --function-name NAME --auth-type AWS_IAM',
    console: 'Lambda → Functions → <function> → Configuration → Function URL → Edit → Auth type',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    for (const fn of snapshot.functions) {
      if (fn.urls.state === 'absent') continue;
      if (fn.urls.state !== 'available') {
        yield unreadable(fn.arn, `the function URLs of ${fn.name}`, fn.urls);
        continue;
      }
      const open = fn.urls.value.filter((u) => u.authType === 'NONE');
      if (open.length === 0) {
        yield {
          resource_id: fn.arn,
          status: 'PASS',
          reason:
            fn.urls.value.length === 0
              ? `${fn.name} has no function URL`
              : `every function URL of ${fn.name} requires IAM authentication`,
        };
        continue;
      }
      const urls = open.map((u) => (u.qualifier ? `${u.url} (${u.qualifier})` : u.url)).join(', ');
      const policy = fn.policy;
      const invokable =
        policy.state === 'available'
          ? policy.value.publicActions.some((a) => INVOKE_URL.includes(a))
            ? ' and its policy lets anyone invoke it'
            : ' (its policy does not let anyone invoke it yet)'
          : '';
      yield {
        resource_id: fn.arn,
        status: 'FAIL',
        reason: `${fn.name} has a function URL without authentication: ${urls}${invokable}`,
      };
    }
  },
});
