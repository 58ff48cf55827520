import { describe, expect, it } from 'vitest';
import { scannerRef } from '../core/index.js';
import { defineCheck } from './define.js';

interface BoxSnapshot {
  boxes: { id: string; locked: boolean }[];
  keys: { id: string }[];
}
const BOXES = scannerRef<BoxSnapshot>('aws', 'box');
const OTHER = scannerRef<{ things: string[] }>('aws', 'other');

const meta = {
  resource_type: 'box',
  title: 'Boxes are locked',
  description: 'Every box is locked.',
  severity: 'low' as const,
  risk: 'An open box.',
  remediation: { text: 'Lock it.' },
  compliance: {},
};

describe('defineCheck', () => {
  it('takes provider and service from the scanner it names, and keeps what it reads', () => {
    const check = defineCheck({
      ...meta,
      id: 'box_locked',
      scanner: BOXES,
      reads: ['boxes'],
      *evaluate(snapshot) {
        for (const box of snapshot.boxes) {
          yield { resource_id: box.id, status: box.locked ? 'PASS' : 'FAIL', reason: box.id };
        }
      },
    });
    expect(check).toMatchObject({ provider: 'aws', service: 'box', reads: ['boxes'] });
    const snapshot: BoxSnapshot = { boxes: [{ id: 'b1', locked: false }], keys: [] };
    expect([
      ...check.evaluate(snapshot, {
        accountId: '1',
        region: 'r',
        options: {} as never,
        now: new Date(),
      }),
    ]).toEqual([{ resource_id: 'b1', status: 'FAIL', reason: 'b1' }]);
  });

  // Compile-time: `tsc --noEmit` (CI) fails when one of these directives has nothing to expect.
  it('does not compile a check that reads what it did not declare, or another scanner’s data', () => {
    const undeclared = defineCheck({
      ...meta,
      id: 'box_keys',
      scanner: BOXES,
      reads: ['boxes'],
      *evaluate(snapshot) {
        // @ts-expect-error `keys` is not among the facets the check declared
        yield { resource_id: String(snapshot.keys.length), status: 'PASS', reason: '' };
      },
    });
    // @ts-expect-error the other scanner's snapshot has no `boxes`
    const foreign = defineCheck({
      ...meta,
      id: 'box_things',
      scanner: OTHER,
      reads: ['boxes'],
      evaluate: () => [],
    });
    expect([undeclared.service, foreign.service]).toEqual(['box', 'other']);
  });
});
