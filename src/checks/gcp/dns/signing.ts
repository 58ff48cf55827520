import type { CheckDefinition } from '../../../core/index.js';
import { DNS, type DnsZone } from '../../../providers/gcp/services/dns/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

/** DNSSEC applies to public zones only: Cloud DNS does not sign private zones. */
export const isPublic = (zone: DnsZone) => zone.visibility !== 'private';

export interface SigningRule {
  id: string;
  keyType: 'keySigning' | 'zoneSigning';
  control: string;
  what: string;
}

/**
 * The DNSSEC key of one type is not RSASHA1 in the zone's default key specs. Evaluated on public
 * zones signing with DNSSEC (on or transfer); an unsigned zone has no key to judge (3.3 fails it).
 */
export function signingAlgorithmCheck(rule: SigningRule): CheckDefinition {
  return defineCheck({
    id: rule.id,
    scanner: DNS,
    reads: ['zones'],
    resource_type: 'GcpDnsManagedZone',
    title: `RSASHA1 is not used for the DNSSEC ${rule.what}`,
    description: `The public managed zone’s DNSSEC default ${rule.what} spec uses an algorithm other than RSASHA1.`,
    severity: 'medium',
    risk: 'SHA-1 is broken for collision resistance: RSASHA1 signatures no longer give DNSSEC’s assurance that answers are genuine.',
    remediation: {
      text: `Turn DNSSEC off, set the ${rule.what} algorithm to RSASHA256 or ECDSAP256SHA256, then turn it back on (the key specs cannot change while DNSSEC is on).`,
      cli: `gcloud dns managed-zones update ZONE --dnssec-state off && gcloud dns managed-zones update ZONE --dnssec-state on --${rule.keyType === 'keySigning' ? 'ksk' : 'zsk'}-algorithm rsasha256 --${rule.keyType === 'keySigning' ? 'ksk' : 'zsk'}-key-length 2048`,
      url: 'https://cloud.google.com/dns/docs/dnssec-advanced',
    },
    compliance: { [CIS]: [rule.control] },
    *evaluate(snapshot) {
      for (const zone of snapshot.zones) {
        if (!isPublic(zone) || zone.dnssecState === 'off') continue;
        const specs = zone.keySpecs.filter((k) => k.keyType === rule.keyType);
        const weak = specs.some((k) => k.algorithm === 'rsasha1');
        const algorithms = [...new Set(specs.map((k) => k.algorithm))].join(', ') || 'the default';
        yield weak
          ? fail(zone.id, `${zone.dnsName} signs its ${rule.what} with RSASHA1`)
          : pass(zone.id, `${zone.dnsName} signs its ${rule.what} with ${algorithms}`);
      }
    },
  }) as CheckDefinition;
}
