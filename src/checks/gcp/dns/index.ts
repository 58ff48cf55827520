import type { CheckDefinition } from '../../../core/index.js';
import dns_zone_dnssec_enabled from './dns_zone_dnssec_enabled.check.js';
import dns_zone_ksk_not_rsasha1 from './dns_zone_ksk_not_rsasha1.check.js';
import dns_zone_zsk_not_rsasha1 from './dns_zone_zsk_not_rsasha1.check.js';

/** The Cloud DNS checks: one line per check. */
export const DNS_CHECKS: readonly CheckDefinition[] = [
  dns_zone_dnssec_enabled,
  dns_zone_ksk_not_rsasha1,
  dns_zone_zsk_not_rsasha1,
] as CheckDefinition[];
