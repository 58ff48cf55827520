import { describe, expect, it } from 'vitest';
import { denied, run, statuses } from '../testing.js';
import { instance, snapshot } from './fixtures.js';
import check from './compute_instance_serial_port_disabled.check.js';

describe('compute_instance_serial_port_disabled', () => {
  it('fails an instance enabling the serial port, or inheriting it from the project', () => {
    const own = instance('own', { metadata: { serialPortEnable: true } });
    const inherits = instance('inherits');
    const blocks = instance('blocks', { metadata: { serialPortEnable: false } });
    const result = statuses(
      check,
      snapshot({
        instances: [own, inherits, blocks],
        projectMetadata: { state: 'available', value: { sshKeyCount: 0, serialPortEnable: true } },
      }),
    );
    expect(result).toEqual({ [own.id]: 'FAIL', [inherits.id]: 'FAIL', [blocks.id]: 'PASS' });
    expect(statuses(check, snapshot({ instances: [inherits] }))).toEqual({ [inherits.id]: 'PASS' });
  });

  it('is an ERROR when the instance inherits from project metadata that was not read', () => {
    const inherits = instance('inherits');
    const [result] = run(
      check,
      snapshot({ instances: [inherits], projectMetadata: denied('compute.projects.get') }),
    );
    expect(result).toMatchObject({
      status: 'ERROR',
      reason: expect.stringContaining('compute.projects.get: PERMISSION_DENIED'),
    });
  });
});
