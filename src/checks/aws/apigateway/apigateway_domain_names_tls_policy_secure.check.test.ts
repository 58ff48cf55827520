import { describe, expect, it } from 'vitest';
import { regionScope } from '../regional.js';
import { context, run, statuses } from '../testing.js';
import {
  all,
  apiDomain,
  DENIED,
  domain,
  domainNames,
  oldEdgeDomain,
  snapshot,
  tls12Domain,
  wsDomain,
} from './fixtures.js';
import tls from './apigateway_domain_names_tls_policy_secure.check.js';

const region = regionScope('apigateway', context());

describe('apigateway_domain_names_tls_policy_secure', () => {
  it('apigateway_domain_names_tls_policy_secure: each domain name once, from both listings', () => {
    expect(statuses(tls, all)).toEqual({
      [apiDomain.arn]: 'PASS',
      [oldEdgeDomain.arn]: 'FAIL',
      [tls12Domain.arn]: 'PASS',
      [wsDomain.arn]: 'FAIL',
    });
    expect(run(tls, all).map((r) => r.reason)).toEqual([
      'custom domain name api.example.com uses security policy SecurityPolicy_TLS13_1_2_2021_06',
      'custom domain name legacy.example.com uses security policy TLS_1_0, which accepts TLS 1.0 and 1.1',
      'custom domain name tls12.example.com uses security policy TLS_1_2',
      'custom domain name ws.example.com uses security policy TLS_1_0, which accepts TLS 1.0 and 1.1',
    ]);
    expect(
      run(tls, snapshot([], [], domainNames([domain('bare.example.com')]))).map((r) => r.reason),
    ).toEqual(['custom domain name bare.example.com reports no security policy']);
  });

  it('is one ERROR on the region naming GetDomainNames, still judging what the other listing gave', () => {
    expect(run(tls, snapshot([], [], domainNames(DENIED, [wsDomain])))).toEqual([
      {
        resource_id: region,
        status: 'ERROR',
        reason:
          'the custom domain names of the region (GetDomainNames) could not be read: apigateway:GET was denied (AccessDeniedException) — not authorized to perform this action',
      },
      expect.objectContaining({ resource_id: wsDomain.arn, status: 'FAIL' }),
    ]);
    expect(statuses(tls, snapshot([], [], domainNames([tls12Domain], DENIED)))).toEqual({
      [region]: 'ERROR',
      [tls12Domain.arn]: 'PASS',
    });
    expect(statuses(tls, snapshot([], [], domainNames(DENIED, DENIED)))).toEqual({
      [region]: 'ERROR',
    });
  });

  it('is not judged in a region without custom domain names', () => {
    expect(run(tls, snapshot([], []))).toEqual([]);
  });
});
