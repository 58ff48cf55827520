/** One project's Cloud KMS keys (from Cloud Asset Inventory) in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { Read } from '../../read.js';

export interface KmsKey {
  /** `//cloudkms.googleapis.com/projects/P/locations/L/keyRings/R/cryptoKeys/K` */
  id: string;
  name: string;
  location: string;
  keyRing: string;
  /** ENCRYPT_DECRYPT (symmetric, rotatable), ASYMMETRIC_SIGN, ASYMMETRIC_DECRYPT, MAC… */
  purpose: string;
  rotationPeriodSeconds?: number;
  nextRotationTime?: string;
  /** The primary version's state (ENABLED, DISABLED, DESTROYED…), for symmetric keys. */
  primaryState?: string;
  protectionLevel?: string;
}

export interface KmsSnapshot {
  project: string;
  /** The keys, or why Cloud Asset Inventory could not list them. */
  keys: Read<KmsKey[]>;
  /**
   * Key id → `role:member` public grants of its IAM policy and its key ring's (which it inherits);
   * a key absent from it (with the keys unread) has no known grant.
   */
  publicGrants: Read<Record<string, string[]>>;
}

/** The KMS scanner, as its checks name it. */
export const KMS = scannerRef<KmsSnapshot>('gcp', 'kms');
