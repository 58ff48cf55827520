import { DNS } from '../../../providers/gcp/services/dns/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';
import { isPublic } from './signing.js';

export default defineCheck({
  id: 'dns_zone_dnssec_enabled',
  scanner: DNS,
  reads: ['zones'],
  resource_type: 'GcpDnsManagedZone',
  title: 'DNSSEC is enabled for Cloud DNS',
  description:
    'Every public managed zone has dnssecConfig.state on (private zones are not signed and are left out).',
  severity: 'medium',
  risk: 'Without DNSSEC, resolvers cannot tell the zone’s genuine answers from forged ones: DNS hijacking and cache poisoning can send users elsewhere.',
  remediation: {
    text: 'Turn DNSSEC on for the zone, then add the DS record at the registrar of the domain.',
    cli: 'gcloud dns managed-zones update ZONE --dnssec-state on',
    url: 'https://cloud.google.com/dns/docs/dnssec-config',
  },
  compliance: { [CIS]: ['3.3'] },
  *evaluate(snapshot) {
    for (const zone of snapshot.zones) {
      if (!isPublic(zone)) continue;
      yield zone.dnssecState === 'on'
        ? pass(zone.id, `${zone.dnsName} has DNSSEC on`)
        : fail(zone.id, `${zone.dnsName} has DNSSEC ${zone.dnssecState}`);
    }
  },
});
