import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../providers/aws/services/accessanalyzer/model.js';
import { ACCOUNT, REGION, run } from '../testing.js';
import check from './accessanalyzer_enabled.check.js';

const SCOPE = `arn:aws:access-analyzer:${REGION}:${ACCOUNT}:region/${REGION}`;
const analyzer = (name: string, type: string, status: string): Analyzer => ({
  arn: `arn:aws:access-analyzer:${REGION}:${ACCOUNT}:analyzer/${name}`,
  name,
  type,
  status,
});
const region = (analyzers: Analyzer[]) => ({
  region: REGION,
  analyzers: { state: 'available', value: analyzers } as const,
});

describe('accessanalyzer_enabled', () => {
  it('passes with an active organization analyzer', () => {
    expect(run(check, region([analyzer('org', 'ORGANIZATION', 'ACTIVE')]))).toEqual([
      { resource_id: SCOPE, status: 'PASS', reason: 'analyzer org (ORGANIZATION) is ACTIVE' },
    ]);
  });

  it('fails when only an unused-access analyzer exists, or none at all', () => {
    expect(run(check, region([analyzer('unused', 'ACCOUNT_UNUSED_ACCESS', 'ACTIVE')]))).toEqual([
      { resource_id: SCOPE, status: 'FAIL', reason: 'no external access analyzer in eu-west-3' },
    ]);
    expect(run(check, region([]))[0]!.status).toBe('FAIL');
  });

  it('fails when the external analyzer is not active, naming its status', () => {
    expect(run(check, region([analyzer('acct', 'ACCOUNT', 'FAILED')]))[0]).toEqual({
      resource_id: SCOPE,
      status: 'FAIL',
      reason: 'no ACTIVE external access analyzer: acct is FAILED',
    });
  });

  it('reports ERROR naming the call when the analyzers could not be listed', () => {
    const [result] = run(check, {
      region: REGION,
      analyzers: {
        state: 'denied',
        action: 'access-analyzer:ListAnalyzers',
        errorCode: 'AccessDeniedException',
      },
    });
    expect(result).toEqual({
      resource_id: SCOPE,
      status: 'ERROR',
      reason:
        'the region’s analyzers could not be read: access-analyzer:ListAnalyzers was denied (AccessDeniedException)',
    });
  });
});
