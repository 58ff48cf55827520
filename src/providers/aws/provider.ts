import type { CloudProvider } from '../../core/index.js';
import { awsAuthModeSchema, redactAwsAuth, type AwsAuthMode } from './auth.js';
import type { AwsClients } from './client-factory.js';
import { AWS_REGIONS } from './regions.js';
import { AWS_SCANNERS } from './scanners.js';
import { classifyAwsError } from './errors.js';
import { connectAws } from './session.js';

export const awsProvider: CloudProvider<AwsAuthMode, AwsClients> = {
  id: 'aws',
  title: 'Amazon Web Services',
  knownRegions: AWS_REGIONS,
  authModeSchema: awsAuthModeSchema,
  scanners: AWS_SCANNERS,
  redactAuth: redactAwsAuth,
  connect: (auth, options) => connectAws(auth, options),
  classifyError: classifyAwsError,
};
