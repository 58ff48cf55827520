import { describe, expect, it } from 'vitest';
import { PROJECT_ID, statuses } from '../testing.js';
import { sink, snapshot } from './fixtures.js';
import check from './logging_sink_all_entries.check.js';

describe('logging_sink_all_entries', () => {
  it('passes an unfiltered enabled sink; fails filtered or disabled ones only', () => {
    expect(statuses(check, snapshot([], [], [sink('all')]))).toEqual({ [PROJECT_ID]: 'PASS' });
    expect(
      statuses(
        check,
        snapshot(
          [],
          [],
          [sink('errors', { filter: 'severity>=ERROR' }), sink('off', { disabled: true })],
        ),
      ),
    ).toEqual({ [PROJECT_ID]: 'FAIL' });
  });
});
