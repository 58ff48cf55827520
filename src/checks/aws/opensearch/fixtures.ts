/** OpenSearch snapshots for the check tests, in the collector's normalized shapes. */
import type {
  Domain,
  DomainConfig,
  OpenSearchRegionSnapshot,
  ReadFailure,
} from '../../../providers/aws/services/opensearch/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED: ReadFailure = {
  state: 'denied',
  action: 'es:DescribeDomains',
  errorCode: 'AccessDeniedException',
  message: 'not authorized to perform es:DescribeDomains',
  httpStatus: 403,
};

const LOGS = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/opensearch`;

/** A sound domain: in a VPC, encrypted, fine-grained access, TLS 1.2, logged, 3 AZs, 3 masters. */
export function config(overrides: Partial<DomainConfig> = {}): DomainConfig {
  return {
    domainId: `${ACCOUNT}/domain`,
    engineVersion: 'OpenSearch_2.13',
    endpoint: 'vpc-domain-abc.eu-west-3.es.amazonaws.com',
    vpcId: 'vpc-0a1b2c3d',
    subnetIds: ['subnet-1', 'subnet-2', 'subnet-3'],
    securityGroupIds: ['sg-1'],
    accessPolicy: {
      statementCount: 1,
      publicStatements: [],
      publicActions: [],
      externalAccounts: [],
    },
    nodeToNodeEncryption: true,
    encryptionAtRest: true,
    kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1a2b3c4d`,
    fineGrainedAccessControl: true,
    internalUserDatabase: false,
    anonymousAuth: false,
    enforceHttps: true,
    tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
    logs: { audit: `${LOGS}/audit`, application: `${LOGS}/error` },
    instanceType: 'r6g.large.search',
    instanceCount: 3,
    dedicatedMaster: true,
    dedicatedMasterType: 'm6g.large.search',
    dedicatedMasterCount: 3,
    zoneAwareness: true,
    availabilityZoneCount: 3,
    multiAzWithStandby: false,
    warmCount: 0,
    ebsVolumeGib: 100,
    serviceSoftwareVersion: 'OpenSearch_2_13_R20241112',
    updateAvailable: false,
    processing: false,
    deleted: false,
    ...overrides,
  };
}

export function domain(name: string, overrides: Partial<DomainConfig> | ReadFailure = {}): Domain {
  return {
    name,
    arn: `arn:aws:es:${REGION}:${ACCOUNT}:domain/${name}`,
    engineType: 'OpenSearch',
    config:
      'state' in overrides
        ? overrides
        : { state: 'available', value: config(overrides as Partial<DomainConfig>) },
  };
}

export function snapshot(domains: Domain[]): OpenSearchRegionSnapshot {
  return {
    region: REGION,
    domains,
    performance: {
      status: 'collected',
      windowDays: 14,
      windowStart: '2026-06-30T10:00:00.000Z',
      resources: {},
    },
    pricing: { state: 'not_requested' },
  };
}

/** Sound; public and sloppy in every way; public but narrowed by source IP; unread. */
export const sound = domain('orders-search');
export const sloppy = domain('legacy-logs', {
  engineVersion: 'Elasticsearch_6.8',
  endpoint: 'search-legacy-logs-xyz.eu-west-3.es.amazonaws.com',
  vpcId: undefined,
  subnetIds: [],
  securityGroupIds: [],
  accessPolicy: {
    statementCount: 1,
    publicStatements: ['Anyone'],
    publicActions: ['es:*'],
    externalAccounts: [],
  },
  nodeToNodeEncryption: false,
  encryptionAtRest: false,
  kmsKeyId: undefined,
  fineGrainedAccessControl: false,
  enforceHttps: false,
  tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07',
  logs: { indexSlow: `${LOGS}/index-slow` },
  instanceType: 't3.small.search',
  instanceCount: 1,
  dedicatedMaster: false,
  dedicatedMasterType: undefined,
  dedicatedMasterCount: 0,
  zoneAwareness: false,
  availabilityZoneCount: undefined,
  updateAvailable: true,
});
export const office = domain('office-kibana', {
  vpcId: undefined,
  accessPolicy: {
    statementCount: 1,
    publicStatements: [],
    publicActions: [],
    externalAccounts: [],
  },
  instanceCount: 3,
  zoneAwareness: false,
  availabilityZoneCount: undefined,
  dedicatedMasterCount: 2,
});
export const hidden = domain('hidden', DENIED);
export const all = snapshot([sound, sloppy, office, hidden]);
