import type {
  ComputeSnapshot,
  GcpDisk,
  GcpFirewall,
  GcpInstance,
} from '../../../providers/gcp/services/compute/model.js';
import { PROJECT } from '../testing.js';

export const DEFAULT_SA = '123456789012-compute@developer.gserviceaccount.com';
const base = `//compute.googleapis.com/projects/${PROJECT}`;

export function instance(name: string, overrides: Partial<GcpInstance> = {}): GcpInstance {
  return {
    id: `${base}/zones/europe-west1-b/instances/${name}`,
    name,
    numericId: '1001',
    zone: 'europe-west1-b',
    region: 'europe-west1',
    machineType: 'e2-medium',
    status: 'RUNNING',
    labels: {},
    networkInterfaces: [
      {
        network: `${base}/global/networks/app`,
        internalIp: '10.0.0.2',
        externalIps: [],
        hasExternalAccess: false,
      },
    ],
    disks: [
      {
        source: `${base}/zones/europe-west1-b/disks/${name}`,
        boot: true,
        customerSuppliedKey: false,
      },
    ],
    serviceAccounts: [
      {
        email: `app@${PROJECT}.iam.gserviceaccount.com`,
        scopes: ['https://www.googleapis.com/auth/cloud-platform'],
      },
    ],
    canIpForward: false,
    deletionProtection: false,
    shieldedVm: { secureBoot: true, vtpm: true, integrityMonitoring: true },
    confidentialCompute: false,
    metadata: {},
    ...overrides,
  };
}

export function disk(name: string, overrides: Partial<GcpDisk> = {}): GcpDisk {
  return {
    id: `${base}/zones/europe-west1-b/disks/${name}`,
    name,
    location: 'europe-west1-b',
    regional: false,
    sizeGb: 20,
    type: 'pd-balanced',
    status: 'READY',
    users: [],
    encryption: 'google-managed',
    labels: {},
    ...overrides,
  };
}

export function firewall(name: string, overrides: Partial<GcpFirewall> = {}): GcpFirewall {
  return {
    id: `${base}/global/firewalls/${name}`,
    name,
    network: `${base}/global/networks/default`,
    direction: 'INGRESS',
    priority: 1000,
    sourceRanges: ['0.0.0.0/0'],
    allowed: [{ protocol: 'tcp', ports: ['22'] }],
    denied: [],
    disabled: false,
    targetTags: [],
    logging: false,
    ...overrides,
  };
}

export function snapshot(overrides: Partial<ComputeSnapshot> = {}): ComputeSnapshot {
  return {
    project: PROJECT,
    instances: [],
    disks: [],
    addresses: [],
    networks: [],
    subnetworks: [],
    firewalls: [],
    instanceGroupManagers: [],
    projectMetadata: { state: 'available', value: { sshKeyCount: 0 } },
    performance: { state: 'available', value: {} },
    unreachable: [],
    ...overrides,
  };
}
