import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hiddenRest, sloppy, sound } from './fixtures.js';
import cache from './apigateway_restapi_cache_encrypted.check.js';

describe('apigateway_restapi_cache_encrypted', () => {
  it('apigateway_restapi_cache_encrypted: judges stages with a cache only', () => {
    expect(statuses(cache, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hiddenRest.arn]: 'ERROR',
    });
    expect(run(cache, all).find((r) => r.resource_id === sloppy.arn)?.reason).toBe(
      'stage dev of REST API orders caches responses unencrypted for */*',
    );
  });
});
