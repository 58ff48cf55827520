import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import {
  all,
  chat,
  hiddenV2,
  httpBare,
  httpLogged,
  snapshot,
  wsLogged,
  wsOff,
} from './fixtures.js';
import accessLogs from './apigatewayv2_stage_access_logging_enabled.check.js';

describe('apigatewayv2_stage_access_logging_enabled', () => {
  it('apigatewayv2_stage_access_logging_enabled: HTTP and WebSocket stages', () => {
    expect(statuses(accessLogs, all)).toEqual({
      [httpLogged.arn]: 'PASS',
      [httpBare.arn]: 'FAIL',
      [wsLogged.arn]: 'PASS',
      [wsOff.arn]: 'FAIL',
      [hiddenV2.arn]: 'ERROR',
    });
    expect(run(accessLogs, snapshot([], [chat])).map((r) => r.reason)).toEqual([
      expect.stringMatching(/^stage production of WebSocket API chat writes access logs to arn:/),
      'stage dev of WebSocket API chat has no access logging',
    ]);
  });
});
