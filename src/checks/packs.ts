import type { CheckPack } from '../core/index.js';
import { AWS_CHECK_PACK } from './aws/index.js';
import { AZURE_CHECK_PACK } from './azure/index.js';
import { GCP_CHECK_PACK } from './gcp/index.js';

/** Every provider's checks and frameworks: adding a provider's checks is one line here. */
export const CHECK_PACKS: readonly CheckPack[] = [AWS_CHECK_PACK, GCP_CHECK_PACK, AZURE_CHECK_PACK];
