import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { firewall, snapshot } from './fixtures.js';
import check from './compute_firewall_ssh_restricted.check.js';

describe('compute_firewall_ssh_restricted', () => {
  it('fails a rule open to the internet on port 22, passes narrower or disabled ones', () => {
    const open = firewall('open', { allowed: [{ protocol: 'tcp', ports: ['20-24'] }] });
    const all = firewall('all', {
      allowed: [{ protocol: 'all', ports: [] }],
      sourceRanges: ['::/0'],
    });
    const office = firewall('office', {
      allowed: [{ protocol: 'tcp', ports: ['22'] }],
      sourceRanges: ['203.0.113.0/24'],
    });
    const off = firewall('off', { allowed: [{ protocol: 'tcp', ports: ['22'] }], disabled: true });
    const web = firewall('web', { allowed: [{ protocol: 'tcp', ports: ['443'] }] });
    const egress = firewall('egress', { direction: 'EGRESS' });

    expect(statuses(check, snapshot({ firewalls: [open, all, office, off, web, egress] }))).toEqual(
      {
        [open.id]: 'FAIL',
        [all.id]: 'FAIL',
        [office.id]: 'PASS',
        [off.id]: 'PASS',
        [web.id]: 'PASS',
      },
    );
  });
});
