import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './lambda_function_url_public.check.js';
import { DENIED, fn, publicPolicy, snapshot } from './fixtures.js';

const URL = 'https://abc123.lambda-url.eu-west-3.on.aws/';

describe('lambda_function_url_public', () => {
  it('fails a URL without authentication, saying whether the policy opens it', () => {
    const open = fn('orders-api', {
      urls: {
        state: 'available',
        value: [{ url: URL, authType: 'NONE', corsAllowOrigins: ['*'] }],
      },
      policy: publicPolicy('FunctionURLAllowPublicAccess'),
    });
    const notYet = fn('preview', {
      urls: {
        state: 'available',
        value: [{ url: URL, authType: 'NONE', qualifier: 'live', corsAllowOrigins: [] }],
      },
      policy: {
        state: 'available',
        value: { statementCount: 0, publicStatements: [], publicActions: [] },
      },
    });
    const iam = fn('report', {
      urls: {
        state: 'available',
        value: [{ url: URL, authType: 'AWS_IAM', corsAllowOrigins: [] }],
      },
    });
    const none = fn('worker');

    expect(run(check, snapshot([open, notYet, iam, none]))).toEqual([
      {
        resource_id: open.arn,
        status: 'FAIL',
        reason: `orders-api has a function URL without authentication: ${URL} and its policy lets anyone invoke it`,
      },
      {
        resource_id: notYet.arn,
        status: 'FAIL',
        reason: `preview has a function URL without authentication: ${URL} (live) (its policy does not let anyone invoke it yet)`,
      },
      {
        resource_id: iam.arn,
        status: 'PASS',
        reason: 'every function URL of report requires IAM authentication',
      },
      { resource_id: none.arn, status: 'PASS', reason: 'worker has no function URL' },
    ]);
  });

  it('is ERROR when the URLs could not be listed', () => {
    const denied = fn('orders-api', { urls: DENIED('lambda:ListFunctionUrlConfigs') });
    expect(run(check, snapshot([denied]))).toEqual([
      expect.objectContaining({
        status: 'ERROR',
        reason: expect.stringContaining(
          'lambda:ListFunctionUrlConfigs was denied (AccessDeniedException)',
        ),
      }),
    ]);
  });
});
