import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, bareRest, hiddenRest, legacy, lockedRest, orders, snapshot } from './fixtures.js';
import authorizers from './apigateway_restapi_authorizers_enabled.check.js';

describe('apigateway_restapi_authorizers_enabled', () => {
  it('apigateway_restapi_authorizers_enabled: one result per REST API with methods', () => {
    expect(statuses(authorizers, all)).toEqual({
      [orders.arn]: 'PASS',
      [legacy.arn]: 'FAIL',
      [hiddenRest.arn]: 'ERROR',
      [lockedRest.arn]: 'ERROR',
    });
    expect(run(authorizers, snapshot([orders, legacy, bareRest])).map((r) => r.reason)).toEqual([
      'REST API orders requires authorization on all 2 of its methods (OPTIONS not judged)',
      'REST API legacy has 12 of 14 methods without authorization: GET /v1/item1, GET /v1/item2, GET /v1/item3, GET /v1/item4, GET /v1/item5, GET /v1/item6, GET /v1/item7, GET /v1/item8, GET /v1/item9, GET /v1/item10 and 2 more',
    ]);
  });

  it('is ERROR naming GetResources when the methods could not be read, even with stages read', () => {
    expect(run(authorizers, snapshot([lockedRest]))).toEqual([
      {
        resource_id: lockedRest.arn,
        status: 'ERROR',
        reason:
          'methods of REST API locked (GetResources) could not be read: apigateway:GET was denied (AccessDeniedException) — not authorized to perform this action',
      },
    ]);
  });
});
