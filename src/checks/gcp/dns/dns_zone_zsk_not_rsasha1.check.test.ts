import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { snapshot, zone } from './fixtures.js';
import check from './dns_zone_zsk_not_rsasha1.check.js';

describe('dns_zone_zsk_not_rsasha1', () => {
  it('fails a zone whose zone-signing key is RSASHA1, whatever its key-signing key', () => {
    const legacy = zone('legacy', {
      keySpecs: [
        { keyType: 'keySigning', algorithm: 'rsasha256', keyLength: 2048 },
        { keyType: 'zoneSigning', algorithm: 'rsasha1', keyLength: 1024 },
      ],
    });
    const modern = zone('modern', {
      keySpecs: [
        { keyType: 'keySigning', algorithm: 'rsasha1', keyLength: 2048 },
        { keyType: 'zoneSigning', algorithm: 'ecdsap256sha256', keyLength: 256 },
      ],
    });
    expect(run(check, snapshot([legacy, modern]))).toEqual([
      {
        resource_id: legacy.id,
        status: 'FAIL',
        reason: 'legacy.acme.example. signs its zone-signing key with RSASHA1',
      },
      {
        resource_id: modern.id,
        status: 'PASS',
        reason: 'modern.acme.example. signs its zone-signing key with ecdsap256sha256',
      },
    ]);
  });

  it('leaves out private zones and public zones without DNSSEC', () => {
    const internal = zone('internal', { visibility: 'private' });
    const unsigned = zone('unsigned', { dnssecState: 'off', keySpecs: [] });
    expect(statuses(check, snapshot([internal, unsigned]))).toEqual({});
  });
});
