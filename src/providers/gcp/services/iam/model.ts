/** One project's identities and access in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { Read } from '../../read.js';

export interface ServiceAccountKey {
  /** `//iam.googleapis.com/projects/P/serviceAccounts/EMAIL/keys/KEY_ID` */
  id: string;
  keyId: string;
  createdAt: string;
  expiresAt?: string;
  disabled: boolean;
  algorithm?: string;
}

export interface ServiceAccount {
  /** `//iam.googleapis.com/projects/P/serviceAccounts/EMAIL` */
  id: string;
  email: string;
  displayName?: string;
  disabled: boolean;
  /** Created by users of the project (NAME@PROJECT.iam.gserviceaccount.com), not by Google. */
  userCreated: boolean;
  /** User-managed keys only (Google-managed ones rotate themselves and cannot be downloaded). */
  keys: Read<ServiceAccountKey[]>;
}

export interface Binding {
  role: string;
  members: string[];
  /** A conditional binding grants only when its CEL condition holds. */
  condition?: string;
}

export interface AuditConfig {
  /** `allServices` or one API (`storage.googleapis.com`). */
  service: string;
  /** ADMIN_READ, DATA_READ, DATA_WRITE → members exempted. */
  logTypes: Record<string, string[]>;
}

export interface ProjectPolicy {
  bindings: Binding[];
  auditConfigs: AuditConfig[];
}

export interface IamSnapshot {
  project: string;
  serviceAccounts: ServiceAccount[];
  policy: Read<ProjectPolicy>;
}

/** The IAM scanner, as its checks name it. */
export const IAM = scannerRef<IamSnapshot>('gcp', 'iam');
