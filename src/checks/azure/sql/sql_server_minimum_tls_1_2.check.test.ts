import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './sql_server_minimum_tls_1_2.check.js';
import { server, snapshot } from './fixtures.js';

describe('sql_server_minimum_tls_1_2', () => {
  it('passes a minimum of TLS 1.2 or 1.3, fails 1.0, 1.1 and None (every version accepted)', () => {
    const servers = ['1.2', '1.3', '1.0', '1.1', 'None'].map((v) =>
      server(`sql-${v.replace('.', '')}`, { minimalTlsVersion: v }),
    );
    expect(Object.values(statuses(check, snapshot(servers)))).toEqual([
      'PASS',
      'PASS',
      'FAIL',
      'FAIL',
      'FAIL',
    ]);
  });
});
