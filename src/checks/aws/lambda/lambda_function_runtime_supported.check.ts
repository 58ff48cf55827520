import { LAMBDA } from '../../../providers/aws/services/lambda/model.js';
import { defineCheck } from '../../define.js';

const DAY_MS = 86_400_000;

export default defineCheck({
  id: 'lambda_function_runtime_supported',
  scanner: LAMBDA,
  reads: ['functions'],
  resource_type: 'AwsLambdaFunction',
  title: 'Lambda functions use a runtime Lambda still supports',
  description:
    'Compares each .zip function’s runtime with the deprecation dates of Lambda’s runtime table (src/providers/aws/services/lambda/runtimes.ts, from the Lambda Developer Guide). Container-image functions bring their own runtime and are not judged; a runtime the table does not know is MANUAL.',
  severity: 'medium',
  risk: 'A deprecated runtime no longer receives security patches, is out of technical support, and soon can no longer be updated: a vulnerability found in it stays open.',
  remediation: {
    text: 'Move the function to a supported runtime of its language, test it, and deploy it.',
    cli: 'aws lambda update-function-configuration --function-name NAME --runtime nodejs22.x',
    console: 'Lambda → Functions → <function> → Code → Runtime settings → Edit',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
  },
  compliance: { aws_fsbp: ['Lambda.2'] },
  *evaluate(snapshot, ctx) {
    for (const fn of snapshot.functions) {
      if (!fn.runtime) continue;
      const date = fn.runtimeDeprecationDate;
      if (!date) {
        yield {
          resource_id: fn.arn,
          status: 'MANUAL',
          reason: `${fn.name} runs ${fn.runtime}, which the runtime table does not list: check its support on the Lambda runtimes page`,
        };
        continue;
      }
      const deprecatedAt = Date.parse(`${date}T00:00:00Z`);
      if (ctx.now.getTime() >= deprecatedAt) {
        yield {
          resource_id: fn.arn,
          status: 'FAIL',
          reason: `${fn.name} runs ${fn.runtime}, deprecated since ${date}`,
        };
        continue;
      }
      const days = Math.ceil((deprecatedAt - ctx.now.getTime()) / DAY_MS);
      yield {
        resource_id: fn.arn,
        status: 'PASS',
        reason: `${fn.name} runs ${fn.runtime}, supported until ${date} (${days} days)`,
      };
    }
  },
});
