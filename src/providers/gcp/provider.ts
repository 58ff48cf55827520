import type { CloudProvider } from '../../core/index.js';
import { GCP_SECRET_FIELDS, gcpAuthModeSchema, redactGcpAuth, type GcpAuthMode } from './auth.js';
import { gcpCli } from './cli.js';
import type { GcpClients } from './clients.js';
import { classifyGcpError } from './errors.js';
import { gcpPermissions } from './permissions.js';
import { GCP_REGIONS } from './regions.js';
import { gcpResourceIds } from './resource-ids.js';
import { GCP_SCANNERS } from './scanners.js';

export const gcpProvider: CloudProvider<GcpAuthMode, GcpClients> = {
  id: 'gcp',
  title: 'Google Cloud',
  knownRegions: GCP_REGIONS,
  authModeSchema: gcpAuthModeSchema,
  secretFields: GCP_SECRET_FIELDS,
  scanners: GCP_SCANNERS,
  cli: gcpCli,
  permissions: gcpPermissions,
  resourceIds: gcpResourceIds,
  account: {
    noun: 'project',
    ocsf: { accountType: 'GCP Project', accountTypeId: 11 },
  },
  redactAuth: redactGcpAuth,
  // The session (and its HTTP client) is loaded by the first GCP scan only, as Azure's is.
  connect: async (auth, options) => (await import('./session.js')).connectGcp(auth, options),
  classifyError: classifyGcpError,
};
