import type { CheckDefinition } from '../../../core/index.js';
import redshift_cluster_audit_logging from './redshift_cluster_audit_logging.check.js';
import redshift_cluster_automated_snapshot from './redshift_cluster_automated_snapshot.check.js';
import redshift_cluster_encrypted_at_rest from './redshift_cluster_encrypted_at_rest.check.js';
import redshift_cluster_enhanced_vpc_routing from './redshift_cluster_enhanced_vpc_routing.check.js';
import redshift_cluster_in_transit_encryption_enabled from './redshift_cluster_in_transit_encryption_enabled.check.js';
import redshift_cluster_public_access from './redshift_cluster_public_access.check.js';

/** The Redshift cluster checks: one line per check. */
export const REDSHIFT_CHECKS: readonly CheckDefinition[] = [
  redshift_cluster_audit_logging,
  redshift_cluster_automated_snapshot,
  redshift_cluster_encrypted_at_rest,
  redshift_cluster_enhanced_vpc_routing,
  redshift_cluster_in_transit_encryption_enabled,
  redshift_cluster_public_access,
];
