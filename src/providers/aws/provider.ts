import type { CloudProvider } from '../../core/index.js';
import { AWS_SECRET_FIELDS, awsAuthModeSchema, redactAwsAuth, type AwsAuthMode } from './auth.js';
import { regionPartition } from './arn.js';
import { awsCli } from './cli.js';
import type { AwsClients } from './client-factory.js';
import { classifyAwsUnitError } from './errors.js';
import { awsPermissions } from './permissions.js';
import { AWS_REGIONS } from './regions.js';
import { awsAsff, awsResourceIds } from './resource-ids.js';
import { AWS_SCANNERS } from './scanners.js';

export const awsProvider: CloudProvider<AwsAuthMode, AwsClients> = {
  id: 'aws',
  title: 'Amazon Web Services',
  knownRegions: AWS_REGIONS,
  regionPartition,
  authModeSchema: awsAuthModeSchema,
  secretFields: AWS_SECRET_FIELDS,
  scanners: AWS_SCANNERS,
  cli: awsCli,
  permissions: awsPermissions,
  resourceIds: awsResourceIds,
  account: {
    noun: 'account',
    ocsf: { accountType: 'AWS Account', accountTypeId: 10 },
  },
  asff: awsAsff,
  redactAuth: redactAwsAuth,
  // The session (STS, EC2 regions, Organizations) loads its SDK clients when a scan connects.
  connect: async (auth, options) => (await import('./session.js')).connectAws(auth, options),
  classifyError: classifyAwsUnitError,
};
