/** One region's EKS clusters in our own compact types, and the Kubernetes version calendar. */
import { scannerRef } from '../../../../core/index.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

/** What DescribeCluster says of a cluster. */
export interface ClusterDetails {
  /** Kubernetes minor version, e.g. `1.31`. */
  version: string;
  platformVersion?: string;
  /** CREATING, ACTIVE, DELETING, FAILED, UPDATING or PENDING. */
  status: string;
  /** ISO 8601. */
  createdAt?: string;
  endpointPublicAccess: boolean;
  endpointPrivateAccess: boolean;
  /** CIDR blocks allowed to reach the public endpoint (AWS answers 0.0.0.0/0 when unrestricted). */
  publicAccessCidrs: string[];
  /** Control plane log types sent to CloudWatch Logs (api, audit, authenticator, …), sorted. */
  loggingEnabled: string[];
  /** KMS key envelope-encrypting Kubernetes secrets, when encryptionConfig covers `secrets`. */
  secretsKeyArn?: string;
  /** STANDARD or EXTENDED (the cluster's upgrade policy); absent on clusters that predate it. */
  supportType?: string;
}

export interface EksCluster {
  arn: string;
  name: string;
  /** DescribeCluster, one call a cluster (EKS has no batch form). */
  details: Read<ClusterDetails>;
}

export interface EksRegionSnapshot {
  region: string;
  clusters: EksCluster[];
}

/** One Kubernetes minor version on EKS: the days (UTC, ISO) its support periods end. */
export interface VersionSupport {
  version: string;
  released: string;
  endOfStandardSupport: string;
  endOfExtendedSupport: string;
}

/**
 * The Amazon EKS Kubernetes release calendar ("Understand the Kubernetes version lifecycle on EKS",
 * https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html#kubernetes-release-calendar),
 * taken on 2026-12-03 from the awsdocs/amazon-eks-user-guide copy of that page (commit 0138560),
 * which lists 1.29–1.34. 1.35 is taken from endoflife.date/amazon-eks (it follows AWS's
 * announcement); 1.23–1.28 from the earlier editions of the same calendar (1.23's dates are still
 * in the page's FAQ). Newest first. Update when EKS releases a version.
 */
export const EKS_VERSION_CALENDAR_TAKEN = '2026-12-03';
export const EKS_VERSIONS: readonly VersionSupport[] = [
  {
    version: '1.35',
    released: '2026-01-27',
    endOfStandardSupport: '2027-03-27',
    endOfExtendedSupport: '2028-03-27',
  },
  {
    version: '1.34',
    released: '2025-10-02',
    endOfStandardSupport: '2026-12-02',
    endOfExtendedSupport: '2027-12-02',
  },
  {
    version: '1.33',
    released: '2025-05-29',
    endOfStandardSupport: '2026-07-29',
    endOfExtendedSupport: '2027-07-29',
  },
  {
    version: '1.32',
    released: '2025-01-23',
    endOfStandardSupport: '2026-03-23',
    endOfExtendedSupport: '2027-03-23',
  },
  {
    version: '1.31',
    released: '2024-09-26',
    endOfStandardSupport: '2025-11-26',
    endOfExtendedSupport: '2026-11-26',
  },
  {
    version: '1.30',
    released: '2024-05-23',
    endOfStandardSupport: '2025-07-23',
    endOfExtendedSupport: '2026-07-23',
  },
  {
    version: '1.29',
    released: '2024-01-23',
    endOfStandardSupport: '2025-03-23',
    endOfExtendedSupport: '2026-03-23',
  },
  {
    version: '1.28',
    released: '2023-09-26',
    endOfStandardSupport: '2024-11-26',
    endOfExtendedSupport: '2025-11-26',
  },
  {
    version: '1.27',
    released: '2023-05-24',
    endOfStandardSupport: '2024-07-24',
    endOfExtendedSupport: '2025-07-24',
  },
  {
    version: '1.26',
    released: '2023-04-11',
    endOfStandardSupport: '2024-06-11',
    endOfExtendedSupport: '2025-06-11',
  },
  {
    version: '1.25',
    released: '2023-02-21',
    endOfStandardSupport: '2024-05-01',
    endOfExtendedSupport: '2025-05-01',
  },
  {
    version: '1.24',
    released: '2022-11-15',
    endOfStandardSupport: '2024-01-31',
    endOfExtendedSupport: '2025-01-31',
  },
  {
    version: '1.23',
    released: '2022-08-11',
    endOfStandardSupport: '2023-10-11',
    endOfExtendedSupport: '2024-10-11',
  },
];

/** Where a version stands on a day: `standard`, `extended` (paid), `unsupported`, or `newer` than the calendar. */
export type SupportStatus = 'standard' | 'extended' | 'unsupported' | 'newer';

const minor = (version: string): [number, number] => {
  const [major, minorPart] = version.split('.').map(Number);
  return [major ?? 0, minorPart ?? 0];
};

const older = (a: string, b: string): boolean => {
  const [am, an] = minor(a);
  const [bm, bn] = minor(b);
  return am < bm || (am === bm && an < bn);
};

/**
 * A version's support on `now`, by the calendar: a version in it is in standard support until its
 * end of standard support (the day itself is the first day of extended support), then extended
 * until its end of extended support; a version older than every listed one is unsupported; one
 * newer than every listed one was released after the calendar was taken (`newer`).
 */
export function versionSupport(
  version: string,
  now: Date,
): { status: SupportStatus; entry?: VersionSupport } {
  const day = now.toISOString().slice(0, 10);
  const entry = EKS_VERSIONS.find((v) => v.version === version);
  if (!entry) {
    const newest = EKS_VERSIONS[0]!.version;
    return { status: older(newest, version) ? 'newer' : 'unsupported' };
  }
  if (day < entry.endOfStandardSupport) return { status: 'standard', entry };
  if (day < entry.endOfExtendedSupport) return { status: 'extended', entry };
  return { status: 'unsupported', entry };
}

const OPEN = new Set(['0.0.0.0/0', '::/0']);

/** The public endpoint is on and open to any address. */
export function openToInternet(details: ClusterDetails): boolean {
  return details.endpointPublicAccess && details.publicAccessCidrs.some((c) => OPEN.has(c));
}

/** The EKS scanner, as its checks name it. */
export const EKS = scannerRef<EksRegionSnapshot>('aws', 'eks');
