import type { CheckDefinition } from '../../../core/index.js';
import elb_connection_draining_enabled from './elb_connection_draining_enabled.check.js';
import elb_cross_zone_load_balancing_enabled from './elb_cross_zone_load_balancing_enabled.check.js';
import elb_desync_mitigation_mode from './elb_desync_mitigation_mode.check.js';
import elb_insecure_ssl_ciphers from './elb_insecure_ssl_ciphers.check.js';
import elb_is_in_multiple_az from './elb_is_in_multiple_az.check.js';
import elb_logging_enabled from './elb_logging_enabled.check.js';
import elb_ssl_listeners from './elb_ssl_listeners.check.js';

/** The Classic Load Balancer checks: one line per check. */
export const ELB_CHECKS: readonly CheckDefinition[] = [
  elb_connection_draining_enabled,
  elb_cross_zone_load_balancing_enabled,
  elb_desync_mitigation_mode,
  elb_insecure_ssl_ciphers,
  elb_is_in_multiple_az,
  elb_logging_enabled,
  elb_ssl_listeners,
];
