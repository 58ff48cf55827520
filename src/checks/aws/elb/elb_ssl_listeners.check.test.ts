import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './elb_ssl_listeners.check.js';
import { lb, listener, snapshot } from './fixtures.js';

describe('elb_ssl_listeners', () => {
  it('passes HTTPS/SSL-only load balancers, fails one with an HTTP or TCP listener', () => {
    const s = snapshot([
      lb('tls'),
      lb('ssl', { listeners: [listener('SSL', 8443, ['tls12'])] }),
      lb('mixed', { listeners: [listener('HTTP', 80), listener('HTTPS', 443, ['tls12'])] }),
      lb('tcp', { listeners: [listener('TCP', 22)] }),
    ]);
    const results = run(check, s);
    expect(results.map((r) => [r.resource_id.split('/').at(-1), r.status])).toEqual([
      ['tls', 'PASS'],
      ['ssl', 'PASS'],
      ['mixed', 'FAIL'],
      ['tcp', 'FAIL'],
    ]);
    expect(results[2]?.reason).toContain('HTTP:80');
  });
});
