import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './network_nsg_flow_log_retention_90_days.check.js';
import { flowLog, nsg, snapshot, VNET_ID } from './fixtures.js';

describe('network_nsg_flow_log_retention_90_days', () => {
  it('passes 90+ days or forever, fails shorter, disabled or retention off; ignores other targets', () => {
    void nsg;
    const target = nsg('nsg-web', []).id;
    const kept = flowLog('fl-kept', target);
    const forever = flowLog('fl-forever', target, { retentionDays: 0 });
    const short = flowLog('fl-short', target, { retentionDays: 30 });
    const off = flowLog('fl-off', target, { retentionEnabled: false, retentionDays: 0 });
    const disabled = flowLog('fl-disabled', target, { enabled: false });
    const other = flowLog('fl-other', VNET_ID, { retentionDays: 1 });
    expect(
      statuses(check, snapshot({ flowLogs: [kept, forever, short, off, disabled, other] })),
    ).toEqual({
      [kept.id]: 'PASS',
      [forever.id]: 'PASS',
      [short.id]: 'FAIL',
      [off.id]: 'FAIL',
      [disabled.id]: 'FAIL',
    });
  });
});
