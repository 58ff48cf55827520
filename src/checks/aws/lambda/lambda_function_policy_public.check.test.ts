import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './lambda_function_policy_public.check.js';
import { DENIED, fn, publicPolicy, snapshot } from './fixtures.js';

describe('lambda_function_policy_public', () => {
  it('fails an open policy naming its statement, passes a pinned one and a function without policy', () => {
    const open = fn('orders-api', { policy: publicPolicy('FunctionURLAllowPublicAccess') });
    const pinned = fn('thumbnailer', {
      policy: {
        state: 'available',
        value: { statementCount: 2, publicStatements: [], publicActions: [] },
      },
    });
    const none = fn('report');

    expect(run(check, snapshot([open, pinned, none]))).toEqual([
      {
        resource_id: open.arn,
        status: 'FAIL',
        reason:
          "orders-api's policy lets anyone call lambda:InvokeFunctionUrl (statement FunctionURLAllowPublicAccess)",
      },
      {
        resource_id: pinned.arn,
        status: 'PASS',
        reason: "thumbnailer's policy (2 statements) lets no one in without a narrowing condition",
      },
      { resource_id: none.arn, status: 'PASS', reason: 'report has no resource-based policy' },
    ]);
  });

  it('is ERROR naming GetPolicy and its code when the policy could not be read', () => {
    const denied = fn('orders-api', { policy: DENIED('lambda:GetPolicy') });
    expect(run(check, snapshot([denied]))).toEqual([
      {
        resource_id: denied.arn,
        status: 'ERROR',
        reason:
          'the resource policy of orders-api could not be read: lambda:GetPolicy was denied (AccessDeniedException) — not authorized to perform this action',
      },
    ]);
  });
});
