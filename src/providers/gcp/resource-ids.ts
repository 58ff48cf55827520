import { GLOBAL_REGION, type ResourceIdScheme } from '../../core/index.js';
import { computeId, projectId, typeOfResourceId } from './ids.js';

/**
 * GCP full resource names. Project-wide facts and results land on the project's own name; a
 * region-wide one on the region's Compute name.
 */
export const gcpResourceIds: ResourceIdScheme = {
  scope: ({ accountId, region }) =>
    region === GLOBAL_REGION
      ? projectId(accountId)
      : computeId(`projects/${accountId}/regions/${region}`),
  typeOf: typeOfResourceId,
};
