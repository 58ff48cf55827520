import type { ResourceIdScheme } from '../../core/index.js';
import { projectId, typeOfResourceId } from './ids.js';

/** GCP full resource names; project- and service-wide facts land on the project's own name. */
export const gcpResourceIds: ResourceIdScheme = {
  scope: ({ accountId }) => projectId(accountId),
  typeOf: typeOfResourceId,
};
