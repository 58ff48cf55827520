import type { ResourceIdScheme } from '../../core/index.js';
import { parseResourceId } from './resource-id.js';

/**
 * ARM resource ids. A subscription-wide fact of a service sits on the subscription's id with the
 * service's provider namespace: `/subscriptions/S/providers/clouddiagnoze/<service>`… is not an ARM
 * id, so subscription-wide facts use the subscription itself (`/subscriptions/S`), the service
 * being in the metric type.
 */
export const azureResourceIds: ResourceIdScheme = {
  scope({ accountId }) {
    return `/subscriptions/${accountId}`;
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
