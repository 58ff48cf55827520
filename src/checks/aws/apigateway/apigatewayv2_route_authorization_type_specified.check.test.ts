import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import {
  all,
  bareV2,
  chat,
  checkout,
  hiddenV2,
  lockedV2,
  noConnectWs,
  openHttp,
  openWs,
  snapshot,
} from './fixtures.js';
import routes from './apigatewayv2_route_authorization_type_specified.check.js';

describe('apigatewayv2_route_authorization_type_specified', () => {
  it('apigatewayv2_route_authorization_type_specified: every HTTP route, the WebSocket $connect route', () => {
    expect(statuses(routes, all)).toEqual({
      [checkout.arn]: 'PASS',
      [chat.arn]: 'PASS',
      [hiddenV2.arn]: 'ERROR',
      [openHttp.arn]: 'FAIL',
      [openWs.arn]: 'FAIL',
      [noConnectWs.arn]: 'FAIL',
      [lockedV2.arn]: 'ERROR',
    });
    expect(
      run(routes, snapshot([], [checkout, chat, openHttp, openWs, noConnectWs, bareV2])).map(
        (r) => r.reason,
      ),
    ).toEqual([
      'HTTP API checkout specifies an authorization type on all 2 of its routes',
      'WebSocket API chat authorizes connections on $connect with CUSTOM',
      'HTTP API public has 2 of 3 routes with authorization type NONE: GET /health, $default',
      'WebSocket API feed authorizes no connection: its $connect route has authorization type NONE',
      'WebSocket API ticker has no $connect route: connections are never authorized',
    ]);
    expect(run(routes, snapshot([], [lockedV2]))[0]?.reason).toBe(
      'routes of HTTP API lockedhttp (GetRoutes) could not be read: apigateway:GET was denied (AccessDeniedException) — not authorized to perform this action',
    );
  });
});
