import { describe, expect, it } from 'vitest';
import { SCOPE, statuses } from '../testing.js';
import check from './network_watcher_enabled_in_used_regions.check.js';
import { snapshot } from './fixtures.js';

describe('network_watcher_enabled_in_used_regions', () => {
  it('passes watched locations and fails the ones in use without a watcher', () => {
    const watcher = {
      id: `${SCOPE}/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/NetworkWatcher_westeurope`,
      location: 'westeurope',
      provisioningState: 'Succeeded',
    };
    const loc = (l: string) => `${SCOPE}/providers/Microsoft.Network/locations/${l}`;
    expect(
      statuses(
        check,
        snapshot({ networkWatchers: [watcher], locationsInUse: ['northeurope', 'westeurope'] }),
      ),
    ).toEqual({ [loc('northeurope')]: 'FAIL', [loc('westeurope')]: 'PASS' });
  });
});
