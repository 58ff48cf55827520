import { APIGATEWAY } from '../../../providers/aws/services/apigateway/model.js';
import { defineCheck } from '../../define.js';
import { eachRestStage } from './stages.js';

export default defineCheck({
  id: 'apigateway_restapi_cache_encrypted',
  scanner: APIGATEWAY,
  reads: ['restApis'],
  resource_type: 'AwsApiGatewayStage',
  title: 'API Gateway REST stage caches are encrypted at rest',
  description:
    'GetStages: a REST stage with a cache cluster whose caching methods (`*/*` and overrides) all set cacheDataEncrypted passes; one with a method caching unencrypted fails. Stages without a cache are not judged.',
  severity: 'medium',
  risk: 'Cached responses may hold personal or secret data; unencrypted, they sit in clear on the cache cluster’s storage.',
  remediation: {
    text: 'Turn on Encrypt cache data for the stage (and for each method overriding the cache settings).',
    cli: 'aws apigateway update-stage --rest-api-id API_ID --stage-name STAGE --patch-operations op=replace,path=/*/*/caching/dataEncrypted,value=true',
    console:
      'API Gateway → APIs → <API> → Stages → <stage> → Stage details → Edit → Cache settings → Encrypt cache data',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  },
  compliance: { aws_fsbp: ['APIGateway.5'] },
  *evaluate(snapshot) {
    yield* eachRestStage(snapshot.restApis, (s, what) =>
      !s.cacheClusterEnabled
        ? undefined
        : s.unencryptedCacheMethods.length === 0
          ? { resource_id: s.arn, status: 'PASS', reason: `${what} encrypts its cache` }
          : {
              resource_id: s.arn,
              status: 'FAIL',
              reason: `${what} caches responses unencrypted for ${s.unencryptedCacheMethods.join(', ')}`,
            },
    );
  },
});
