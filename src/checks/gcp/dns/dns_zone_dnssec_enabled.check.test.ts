import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { snapshot, zone } from './fixtures.js';
import check from './dns_zone_dnssec_enabled.check.js';

describe('dns_zone_dnssec_enabled', () => {
  it('fails a public zone without DNSSEC and passes a signed one', () => {
    const unsigned = zone('unsigned', { dnssecState: 'off', keySpecs: [] });
    const www = zone('www');
    expect(run(check, snapshot([unsigned, www]))).toEqual([
      { resource_id: unsigned.id, status: 'FAIL', reason: 'unsigned.acme.example. has DNSSEC off' },
      { resource_id: www.id, status: 'PASS', reason: 'www.acme.example. has DNSSEC on' },
    ]);
  });

  it('fails a zone still in transfer and leaves private zones out', () => {
    const moving = zone('moving', { dnssecState: 'transfer' });
    const internal = zone('internal', { visibility: 'private', dnssecState: 'off', keySpecs: [] });
    expect(statuses(check, snapshot([moving, internal]))).toEqual({ [moving.id]: 'FAIL' });
  });
});
