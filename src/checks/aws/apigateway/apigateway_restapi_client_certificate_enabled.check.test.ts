import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hiddenRest, legacy, partial, sloppy, snapshot, sound } from './fixtures.js';
import certificate from './apigateway_restapi_client_certificate_enabled.check.js';

describe('apigateway_restapi_client_certificate_enabled', () => {
  it('apigateway_restapi_client_certificate_enabled', () => {
    expect(statuses(certificate, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [partial.arn]: 'PASS',
      [hiddenRest.arn]: 'ERROR',
    });
    expect(run(certificate, snapshot([legacy])).map((r) => r.reason)).toEqual([
      'stage v1 of REST API legacy presents client certificate q1w2e3 to its backend',
    ]);
  });
});
