import { computeId, computeIdOfUrl, lastSegment } from '../../ids.js';
import { regionOfZone } from '../../regions.js';
import type {
  GcpAddress,
  GcpDisk,
  GcpFirewall,
  GcpInstance,
  GcpInstanceGroupManager,
  GcpNetwork,
  GcpSubnetwork,
  ProjectMetadata,
} from './model.js';
import type {
  MetadataItems,
  RestAddress,
  RestDisk,
  RestFirewall,
  RestInstance,
  RestInstanceGroupManager,
  RestNetwork,
  RestProject,
  RestSubnetwork,
} from './rest.js';

/** Metadata booleans as Compute reads them: TRUE/true/1/y/yes are on, FALSE/false/0/n/no off. */
export function metadataFlag(items: MetadataItems | undefined, key: string): boolean | undefined {
  const value = items?.items
    ?.find((i) => i.key === key)
    ?.value?.trim()
    .toLowerCase();
  if (value === undefined) return undefined;
  if (['true', '1', 'y', 'yes'].includes(value)) return true;
  if (['false', '0', 'n', 'no'].includes(value)) return false;
  return undefined;
}

export function mapInstance(raw: RestInstance, project: string): GcpInstance | undefined {
  if (!raw.name || !raw.zone) return undefined;
  const zone = lastSegment(raw.zone);
  return {
    id: computeId(`projects/${project}/zones/${zone}/instances/${raw.name}`),
    name: raw.name,
    numericId: raw.id ?? '',
    zone,
    region: regionOfZone(zone),
    machineType: lastSegment(raw.machineType ?? 'unknown'),
    status: raw.status ?? 'UNKNOWN',
    ...(raw.creationTimestamp ? { createdAt: raw.creationTimestamp } : {}),
    labels: raw.labels ?? {},
    networkInterfaces: (raw.networkInterfaces ?? []).map((nic) => ({
      network: computeIdOfUrl(nic.network ?? ''),
      ...(nic.subnetwork ? { subnetwork: computeIdOfUrl(nic.subnetwork) } : {}),
      ...(nic.networkIP ? { internalIp: nic.networkIP } : {}),
      externalIps: [
        ...(nic.accessConfigs ?? []).map((a) => a.natIP),
        ...(nic.ipv6AccessConfigs ?? []).map((a) => a.externalIpv6),
      ].filter((ip): ip is string => Boolean(ip)),
      hasExternalAccess:
        (nic.accessConfigs ?? []).length > 0 || (nic.ipv6AccessConfigs ?? []).length > 0,
    })),
    disks: (raw.disks ?? []).map((d) => ({
      ...(d.source ? { source: computeIdOfUrl(d.source) } : {}),
      boot: d.boot ?? false,
      customerSuppliedKey: d.diskEncryptionKey?.sha256 !== undefined,
    })),
    serviceAccounts: (raw.serviceAccounts ?? [])
      .filter((sa) => sa.email)
      .map((sa) => ({ email: sa.email as string, scopes: sa.scopes ?? [] })),
    canIpForward: raw.canIpForward ?? false,
    deletionProtection: raw.deletionProtection ?? false,
    shieldedVm: {
      secureBoot: raw.shieldedInstanceConfig?.enableSecureBoot ?? false,
      vtpm: raw.shieldedInstanceConfig?.enableVtpm ?? false,
      integrityMonitoring: raw.shieldedInstanceConfig?.enableIntegrityMonitoring ?? false,
    },
    confidentialCompute: raw.confidentialInstanceConfig?.enableConfidentialCompute ?? false,
    metadata: definedOnly({
      blockProjectSshKeys: metadataFlag(raw.metadata, 'block-project-ssh-keys'),
      osLogin: metadataFlag(raw.metadata, 'enable-oslogin'),
      serialPortEnable: metadataFlag(raw.metadata, 'serial-port-enable'),
    }),
  };
}

export function mapDisk(raw: RestDisk, project: string): GcpDisk | undefined {
  if (!raw.name || !(raw.zone || raw.region)) return undefined;
  const regional = !raw.zone;
  const location = lastSegment((raw.zone ?? raw.region) as string);
  const key = raw.diskEncryptionKey;
  return {
    id: computeId(
      `projects/${project}/${regional ? 'regions' : 'zones'}/${location}/disks/${raw.name}`,
    ),
    name: raw.name,
    location,
    regional,
    sizeGb: Number(raw.sizeGb ?? 0),
    type: lastSegment(raw.type ?? 'unknown'),
    status: raw.status ?? 'UNKNOWN',
    users: (raw.users ?? []).map(computeIdOfUrl),
    encryption: key?.kmsKeyName
      ? 'customer-managed'
      : key?.sha256
        ? 'customer-supplied'
        : 'google-managed',
    ...(key?.kmsKeyName ? { kmsKeyName: key.kmsKeyName } : {}),
    labels: raw.labels ?? {},
    ...(raw.lastDetachTimestamp ? { lastDetachedAt: raw.lastDetachTimestamp } : {}),
  };
}

export function mapAddress(raw: RestAddress, project: string): GcpAddress | undefined {
  if (!raw.name) return undefined;
  const location = raw.region ? lastSegment(raw.region) : 'global';
  return {
    id: computeId(
      `projects/${project}/${raw.region ? `regions/${location}` : 'global'}/addresses/${raw.name}`,
    ),
    name: raw.name,
    location,
    address: raw.address ?? '',
    addressType: raw.addressType ?? 'EXTERNAL',
    status: raw.status ?? 'UNKNOWN',
    users: (raw.users ?? []).map(computeIdOfUrl),
  };
}

export function mapNetwork(raw: RestNetwork, project: string): GcpNetwork | undefined {
  if (!raw.name) return undefined;
  return {
    id: computeId(`projects/${project}/global/networks/${raw.name}`),
    name: raw.name,
    autoCreateSubnetworks: raw.autoCreateSubnetworks ?? false,
    legacy: raw.IPv4Range !== undefined,
    ...(raw.routingConfig?.routingMode ? { routingMode: raw.routingConfig.routingMode } : {}),
  };
}

export function mapSubnetwork(raw: RestSubnetwork, project: string): GcpSubnetwork | undefined {
  if (!raw.name || !raw.region) return undefined;
  const region = lastSegment(raw.region);
  return {
    id: computeId(`projects/${project}/regions/${region}/subnetworks/${raw.name}`),
    name: raw.name,
    region,
    network: computeIdOfUrl(raw.network ?? ''),
    ipCidrRange: raw.ipCidrRange ?? '',
    privateIpGoogleAccess: raw.privateIpGoogleAccess ?? false,
    flowLogs: raw.logConfig?.enable ?? raw.enableFlowLogs ?? false,
    purpose: raw.purpose ?? 'PRIVATE',
  };
}

export function mapFirewall(raw: RestFirewall, project: string): GcpFirewall | undefined {
  if (!raw.name) return undefined;
  const rules = (list: RestFirewall['allowed']) =>
    (list ?? []).map((r) => ({ protocol: r.IPProtocol ?? 'all', ports: r.ports ?? [] }));
  return {
    id: computeId(`projects/${project}/global/firewalls/${raw.name}`),
    name: raw.name,
    network: computeIdOfUrl(raw.network ?? ''),
    direction: raw.direction ?? 'INGRESS',
    priority: raw.priority ?? 1000,
    sourceRanges: raw.sourceRanges ?? [],
    allowed: rules(raw.allowed),
    denied: rules(raw.denied),
    disabled: raw.disabled ?? false,
    targetTags: raw.targetTags ?? [],
    logging: raw.logConfig?.enable ?? false,
  };
}

export function mapInstanceGroupManager(
  raw: RestInstanceGroupManager,
  project: string,
): GcpInstanceGroupManager | undefined {
  if (!raw.name || !(raw.zone || raw.region)) return undefined;
  const regional = !raw.zone;
  const location = lastSegment((raw.zone ?? raw.region) as string);
  return {
    id: computeId(
      `projects/${project}/${regional ? 'regions' : 'zones'}/${location}/instanceGroupManagers/${raw.name}`,
    ),
    name: raw.name,
    location,
    regional,
    zones: regional
      ? (raw.distributionPolicy?.zones ?? [])
          .map((z) => (z.zone ? lastSegment(z.zone) : undefined))
          .filter((z): z is string => Boolean(z))
      : [location],
    targetSize: raw.targetSize ?? 0,
  };
}

export function mapProjectMetadata(raw: RestProject): ProjectMetadata {
  const items = raw.commonInstanceMetadata;
  const keys = (items?.items ?? [])
    .filter((i) => i.key === 'ssh-keys' || i.key === 'sshKeys')
    .flatMap((i) => (i.value ?? '').split('\n'))
    .filter((line) => line.trim().length > 0);
  return definedOnly({
    osLogin: metadataFlag(items, 'enable-oslogin'),
    osLogin2fa: metadataFlag(items, 'enable-oslogin-2fa'),
    sshKeyCount: keys.length,
    serialPortEnable: metadataFlag(items, 'serial-port-enable'),
    defaultServiceAccount: raw.defaultServiceAccount,
  }) as ProjectMetadata;
}

function definedOnly<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
