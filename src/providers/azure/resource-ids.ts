import { GLOBAL_REGION, type ResourceIdScheme } from '../../core/index.js';
import { parseResourceId } from './resource-id.js';

/**
 * ARM resource ids. Subscription-wide facts sit on the subscription (`/subscriptions/S`), the
 * service being in the metric type; a location-wide one on the location's ARM id
 * (`/subscriptions/S/locations/westeurope`, as Subscriptions - List Locations names it).
 */
export const azureResourceIds: ResourceIdScheme = {
  scope({ accountId, region }) {
    return region === GLOBAL_REGION
      ? `/subscriptions/${accountId}`
      : `/subscriptions/${accountId}/locations/${region}`;
  },
  /** `/subscriptions/S/resourceGroups/G/providers/Microsoft.Compute/virtualMachines/vm` → `virtualMachines`. */
  typeOf(resourceId) {
    if (!resourceId.startsWith('/')) return undefined;
    const parsed = parseResourceId(resourceId);
    if (parsed.type) return parsed.type.split('/').pop();
    if (parsed.resourceGroup) return 'resourceGroups';
    if (parsed.subscriptionId) return 'subscriptions';
    return undefined;
  },
};
