import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import {
  all,
  chat,
  hiddenRest,
  hiddenV2,
  legacy,
  partial,
  sloppy,
  snapshot,
  sound,
  wsLogged,
  wsOff,
} from './fixtures.js';
import logging from './apigateway_stage_execution_logging_enabled.check.js';

describe('apigateway_stage_execution_logging_enabled', () => {
  it('apigateway_stage_execution_logging_enabled: REST and WebSocket stages, not HTTP', () => {
    expect(statuses(logging, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [partial.arn]: 'FAIL',
      [hiddenRest.arn]: 'ERROR',
      [wsLogged.arn]: 'PASS',
      [wsOff.arn]: 'FAIL',
      [hiddenV2.arn]: 'ERROR',
    });
    expect(run(logging, snapshot([legacy], [chat])).map((r) => r.reason)).toEqual([
      'stage v1 of REST API legacy logs at INFO but turns it off for methods orders/GET',
      'stage production of WebSocket API chat logs executions at INFO',
      'stage dev of WebSocket API chat has execution logging OFF',
    ]);
    expect(run(logging, all).find((r) => r.resource_id === hiddenRest.arn)?.reason).toBe(
      'stages of REST API hidden (GetStages) could not be read: apigateway:GET was denied (AccessDeniedException) — not authorized to perform this action',
    );
  });
});
