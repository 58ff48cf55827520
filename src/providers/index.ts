import type { CloudProvider } from '../core/index.js';
import { awsProvider } from './aws/provider.js';
import { azureProvider } from './azure/provider.js';
import { gcpProvider } from './gcp/provider.js';

/** Every provider CloudDiagnoze can scan: adding one is one folder and one line here. */
export const PROVIDERS: readonly CloudProvider[] = [
  awsProvider as unknown as CloudProvider,
  gcpProvider as unknown as CloudProvider,
  azureProvider as unknown as CloudProvider,
];
