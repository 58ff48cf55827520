/** One subscription's Microsoft Defender for Cloud plans and contacts. */
import { scannerRef } from '../../../../core/index.js';
import type { ReadResult } from '../common/model.js';

export interface DefenderPlan {
  /** `VirtualMachines`, `StorageAccounts`, `KeyVaults`, `Arm`, `SqlServers`… */
  name: string;
  /** `Standard` (on) or `Free` (off). */
  tier: string;
  subPlan?: string;
  deprecated: boolean;
}

export interface SecurityContact {
  name: string;
  emails: string[];
  enabled: boolean;
  /** Roles notified (`Owner`…) when `notifyRolesOn`. */
  notifyRoles: string[];
  notifyRolesOn: boolean;
  /** Lowest alert severity e-mailed, when alerts are a notification source. */
  alertMinimalSeverity?: string;
  /** Lowest attack-path risk level e-mailed, when attack paths are a notification source. */
  attackPathMinimalRiskLevel?: string;
}

export interface DefenderSnapshot {
  subscriptionId: string;
  plans: ReadResult<DefenderPlan[]>;
  contacts: ReadResult<SecurityContact[]>;
}

/** The Defender for Cloud scanner, as its checks name it. */
export const DEFENDER = scannerRef<DefenderSnapshot>('azure', 'defender');
