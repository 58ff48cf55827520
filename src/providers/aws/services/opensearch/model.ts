/** One region's OpenSearch Service domains in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { StatsRead } from '../../cloudwatch-stats.js';
import type { HourlyPrices } from '../../pricing.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

/** The domain's access policy judged where it was read; the text is not kept. */
export interface AccessPolicy {
  statementCount: number;
  /** Sids (or `#index`) of the statements letting anyone in without a narrowing condition. */
  publicStatements: string[];
  publicActions: string[];
  /** Other accounts the policy lets in, sorted. */
  externalAccounts: string[];
}

/** A log type published to CloudWatch Logs: its log group when enabled, absent when not. */
export interface DomainLogs {
  audit?: string;
  /** ES_APPLICATION_LOGS: the error logs. */
  application?: string;
  indexSlow?: string;
  searchSlow?: string;
}

/** What DescribeDomains tells of a domain. */
export interface DomainConfig {
  domainId: string;
  /** `OpenSearch_2.13`, `Elasticsearch_7.10`… */
  engineVersion?: string;
  endpoint?: string;
  /** Set when the domain sits in a VPC (no public endpoint). */
  vpcId?: string;
  subnetIds: string[];
  securityGroupIds: string[];
  /** Absent when the domain has no access policy. */
  accessPolicy?: AccessPolicy;
  nodeToNodeEncryption: boolean;
  encryptionAtRest: boolean;
  kmsKeyId?: string;
  /** AdvancedSecurityOptions.Enabled. */
  fineGrainedAccessControl: boolean;
  internalUserDatabase: boolean;
  anonymousAuth: boolean;
  enforceHttps: boolean;
  tlsSecurityPolicy?: string;
  logs: DomainLogs;
  instanceType?: string;
  instanceCount: number;
  dedicatedMaster: boolean;
  dedicatedMasterType?: string;
  dedicatedMasterCount: number;
  zoneAwareness: boolean;
  availabilityZoneCount?: number;
  multiAzWithStandby: boolean;
  warmCount: number;
  /** EBS volume per data node, GiB, when EBS is on. */
  ebsVolumeGib?: number;
  serviceSoftwareVersion?: string;
  updateAvailable: boolean;
  processing: boolean;
  deleted: boolean;
}

export interface Domain {
  name: string;
  /** The ARN DescribeDomains answered, or the one the name implies when it did not answer. */
  arn: string;
  /** OpenSearch or Elasticsearch (ListDomainNames). */
  engineType?: string;
  config: Read<DomainConfig>;
  /**
   * When the domain was created (ISO 8601; DescribeDomainConfig, its cluster configuration's
   * CreationDate: DescribeDomains does not tell). Read only for a domain that served no search and
   * no indexing request over the window, to know whether it existed for the whole of it.
   */
  createdTime?: Read<string>;
}

export type OpenSearchStatField = 'cpu' | 'freeStorageMb' | 'searchRate' | 'indexingRate';

export interface OpenSearchRegionSnapshot {
  region: string;
  domains: Domain[];
  /**
   * CPUUtilization (Average), FreeStorageSpace (Minimum, MiB), SearchRate and IndexingRate (Sum)
   * per domain, by ARN, in one batched fetch.
   */
  performance: StatsRead<OpenSearchStatField>;
  /**
   * The Price List's on-demand hourly price (USD) of each instance type (data and dedicated
   * master) an idle domain of the region has, by the type DescribeDomains names; read only with
   * options.cost and an idle domain.
   */
  pricing: HourlyPrices;
}

/**
 * The latest TLS policies (FSBP Opensearch.8): TLS 1.2 or later with forward-secret ciphers only,
 * or the FIPS policy of RFC 9151. Policy-Min-TLS-1-2-2019-07 requires TLS 1.2 but still offers
 * ciphers without forward secrecy, which Opensearch.8 fails.
 */
export const LATEST_TLS_POLICIES: readonly string[] = [
  'Policy-Min-TLS-1-2-PFS-2023-10',
  'Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08',
];

/** Data nodes a domain needs to survive a node loss (FSBP Opensearch.6). */
export const MIN_DATA_NODES = 3;
/** Dedicated master nodes for a quorum (Security Hub Opensearch.11, a NIST control outside FSBP). */
export const MIN_DEDICATED_MASTERS = 3;

/** Reachable from the internet: outside a VPC, with a policy letting anyone in. */
export function isOpenToAnyone(config: DomainConfig): boolean {
  return (
    config.vpcId === undefined &&
    config.accessPolicy !== undefined &&
    config.accessPolicy.publicStatements.length > 0
  );
}

export const domainArn = (region: string, accountId: string, name: string) =>
  `arn:aws:es:${region}:${accountId}:domain/${name}`;

/** The OpenSearch scanner, as its checks name it. */
export const OPENSEARCH = scannerRef<OpenSearchRegionSnapshot>('aws', 'opensearch');
