import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { all, hiddenRest, partial, sloppy, sound } from './fixtures.js';
import tracing from './apigateway_restapi_tracing_enabled.check.js';

describe('apigateway_restapi_tracing_enabled', () => {
  it('apigateway_restapi_tracing_enabled', () => {
    expect(statuses(tracing, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [partial.arn]: 'PASS',
      [hiddenRest.arn]: 'ERROR',
    });
  });
});
