/** One project's Cloud DNS managed zones in our own compact types. */
import { scannerRef } from '../../../../core/index.js';

export interface DnsKeySpec {
  /** keySigning or zoneSigning */
  keyType: string;
  /** rsasha1, rsasha256, rsasha512, ecdsap256sha256, ecdsap384sha384 */
  algorithm: string;
  keyLength?: number;
}

export interface DnsZone {
  /** `//dns.googleapis.com/projects/P/managedZones/NAME` */
  id: string;
  name: string;
  dnsName: string;
  /** public or private */
  visibility: string;
  /** on, off or transfer */
  dnssecState: string;
  keySpecs: DnsKeySpec[];
}

export interface DnsSnapshot {
  project: string;
  zones: DnsZone[];
}

/** The Cloud DNS scanner, as its checks name it. */
export const DNS = scannerRef<DnsSnapshot>('gcp', 'dns');
