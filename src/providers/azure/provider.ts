import type { CloudProvider } from '../../core/index.js';
import {
  AZURE_SECRET_FIELDS,
  azureAuthModeSchema,
  redactAzureAuth,
  type AzureAuthMode,
} from './auth.js';
import type { AzureClients } from './clients.js';
import { azureCli } from './cli.js';
import { classifyAzureError } from './errors.js';
import { azurePermissions } from './permissions.js';
import { AZURE_LOCATIONS } from './regions.js';
import { azureResourceIds } from './resource-ids.js';
import { AZURE_SCANNERS } from './scanners.js';

export const azureProvider: CloudProvider<AzureAuthMode, AzureClients> = {
  id: 'azure',
  title: 'Microsoft Azure',
  knownRegions: AZURE_LOCATIONS,
  authModeSchema: azureAuthModeSchema,
  secretFields: AZURE_SECRET_FIELDS,
  scanners: AZURE_SCANNERS,
  cli: azureCli,
  permissions: azurePermissions,
  resourceIds: azureResourceIds,
  account: {
    noun: 'subscription',
    ocsf: { accountType: 'Azure Subscription', accountTypeId: 13 },
  },
  redactAuth: redactAzureAuth,
  // The session (identity, ARM clients) loads its SDK clients when a scan connects.
  connect: async (auth, options) => (await import('./session.js')).connectAzure(auth, options),
  classifyError: classifyAzureError,
};
