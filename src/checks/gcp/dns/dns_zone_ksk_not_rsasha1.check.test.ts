import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { snapshot, zone } from './fixtures.js';
import check from './dns_zone_ksk_not_rsasha1.check.js';

describe('dns_zone_ksk_not_rsasha1', () => {
  it('fails a zone whose key-signing key is RSASHA1 and passes one on RSASHA256', () => {
    const legacy = zone('legacy', {
      keySpecs: [
        { keyType: 'keySigning', algorithm: 'rsasha1', keyLength: 2048 },
        { keyType: 'zoneSigning', algorithm: 'rsasha256', keyLength: 1024 },
      ],
    });
    const www = zone('www');
    expect(run(check, snapshot([legacy, www]))).toEqual([
      {
        resource_id: legacy.id,
        status: 'FAIL',
        reason: 'legacy.acme.example. signs its key-signing key with RSASHA1',
      },
      {
        resource_id: www.id,
        status: 'PASS',
        reason: 'www.acme.example. signs its key-signing key with rsasha256',
      },
    ]);
  });

  it('leaves out private zones and public zones without DNSSEC', () => {
    const internal = zone('internal', { visibility: 'private' });
    const unsigned = zone('unsigned', { dnssecState: 'off', keySpecs: [] });
    expect(statuses(check, snapshot([internal, unsigned]))).toEqual({});
  });
});
