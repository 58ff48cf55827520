import type { Read, ReadFailure } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

/** One region's KMS snapshot in our own compact types. */

export type { Read, ReadFailure };

export interface KeyDetails {
  /** AWS or CUSTOMER. */
  manager: string;
  /** Enabled, Disabled, PendingDeletion, PendingImport, PendingReplicaDeletion, Unavailable, Creating… */
  state: string;
  /** SYMMETRIC_DEFAULT, RSA_2048, HMAC_256… */
  spec: string;
  usage?: string;
  /** AWS_KMS, EXTERNAL (imported material), AWS_CLOUDHSM, EXTERNAL_KEY_STORE. */
  origin: string;
  multiRegion: boolean;
  /** ISO 8601, UTC: when a key pending deletion goes. */
  deletionDate?: string;
  description?: string;
}

export interface KeyRotation {
  enabled: boolean;
  periodDays?: number;
}

/** Who a key policy lets in beyond the key's own account. */
export interface KeyPolicy {
  /** Sids (or #index) of the Allow statements open to anyone (`"*"` with no narrowing condition). */
  publicStatements: string[];
  /** The actions those statements grant. */
  publicActions: string[];
  /** Other AWS accounts the policy lets use the key. */
  externalAccounts: string[];
}

export interface KmsKey {
  arn: string;
  id: string;
  aliases: string[];
  /**
   * AWS-managed keys are known by their `alias/aws/…` alias and not described (they rotate every
   * year on their own); every other key is described.
   */
  details: Read<KeyDetails> | { state: 'aws_managed' };
  /** Read for enabled or disabled customer-managed symmetric keys with KMS-generated material. */
  rotation?: Read<KeyRotation>;
  /** The key policy (`default`, the only name KMS has), read for every customer-managed key. */
  policy?: Read<KeyPolicy>;
}

export interface KmsRegionSnapshot {
  region: string;
  keys: KmsKey[];
  /** Aliases help skip AWS-managed keys; without them every key is described. */
  aliases: Read<number>;
}

/** Keys whose rotation KMS can manage: customer-managed, symmetric, KMS-generated material. */
export function rotationApplies(details: KeyDetails): boolean {
  return (
    details.manager === 'CUSTOMER' &&
    details.spec === 'SYMMETRIC_DEFAULT' &&
    details.origin === 'AWS_KMS' &&
    (details.state === 'Enabled' || details.state === 'Disabled')
  );
}

/** The KMS scanner, as its checks name it. */
export const KMS = scannerRef<KmsRegionSnapshot>('aws', 'kms');
