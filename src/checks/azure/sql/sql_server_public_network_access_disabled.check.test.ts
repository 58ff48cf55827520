import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './sql_server_public_network_access_disabled.check.js';
import { server, snapshot } from './fixtures.js';

describe('sql_server_public_network_access_disabled', () => {
  it('passes Disabled, fails Enabled and SecuredByPerimeter', () => {
    const closed = server('sql-closed');
    const open = server('sql-open', { publicNetworkAccess: 'Enabled' });
    const perimeter = server('sql-perimeter', { publicNetworkAccess: 'SecuredByPerimeter' });
    expect(statuses(check, snapshot([closed, open, perimeter]))).toEqual({
      [closed.id]: 'PASS',
      [open.id]: 'FAIL',
      [perimeter.id]: 'FAIL',
    });
  });
});
