import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { all, hiddenRest, partial, sloppy, sound } from './fixtures.js';
import waf from './apigateway_restapi_waf_acl_attached.check.js';

describe('apigateway_restapi_waf_acl_attached', () => {
  it('apigateway_restapi_waf_acl_attached', () => {
    expect(statuses(waf, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [partial.arn]: 'PASS',
      [hiddenRest.arn]: 'ERROR',
    });
  });
});
