import type { CheckPack } from '../core/index.js';
import { AWS_CHECK_PACK } from './aws/index.js';

/** Every provider's checks and frameworks: adding a provider's checks is one line here. */
export const CHECK_PACKS: readonly CheckPack[] = [AWS_CHECK_PACK];
