import {
  APIGATEWAY,
  customDomains,
  isModernTlsPolicy,
} from '../../../providers/aws/services/apigateway/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

export default defineCheck({
  id: 'apigateway_domain_names_tls_policy_secure',
  scanner: APIGATEWAY,
  reads: ['domainNames'],
  resource_type: 'Other',
  title: 'API Gateway custom domain names accept TLS 1.2 or newer only',
  description:
    'GetDomainNames (REST and v2; they list the same domain names once each): a custom domain name whose securityPolicy is TLS_1_2 or an enhanced SecurityPolicy_TLS12_…/SecurityPolicy_TLS13_… policy passes; TLS_1_0 (which also accepts TLS 1.0 and 1.1) fails, and so does a domain name reporting no policy. A listing that could not be read is one ERROR on the region; the domain names the other listing gave are still judged.',
  severity: 'medium',
  risk: 'TLS 1.0 and 1.1 have known weaknesses (BEAST, weak CBC and SHA-1 cipher suites) and are no longer accepted by PCI DSS: a client can be downgraded to them and its traffic to the API read or tampered with.',
  remediation: {
    text: 'Set the custom domain name’s security policy to TLS_1_2 (or an enhanced TLS 1.3 policy) after checking that its clients support TLS 1.2.',
    cli: 'aws apigateway update-domain-name --domain-name DOMAIN --patch-operations op=replace,path=/securityPolicy,value=TLS_1_2',
    console:
      'API Gateway → Custom domain names → <domain> → Configurations → Edit → Security policy',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    const { rest, v2 } = snapshot.domainNames;
    // One ERROR on the region, naming the REST listing first: it holds every endpoint type.
    if (rest.state !== 'available')
      yield unreadable(
        regionScope('apigateway', ctx),
        'the custom domain names of the region (GetDomainNames)',
        rest,
      );
    else if (v2.state !== 'available')
      yield unreadable(
        regionScope('apigateway', ctx),
        'the custom domain names of the region (GetDomainNames of API Gateway v2)',
        v2,
      );
    for (const d of customDomains(snapshot.domainNames)) {
      const what = `custom domain name ${d.name}`;
      yield isModernTlsPolicy(d.securityPolicy)
        ? {
            resource_id: d.arn,
            status: 'PASS',
            reason: `${what} uses security policy ${d.securityPolicy}`,
          }
        : {
            resource_id: d.arn,
            status: 'FAIL',
            reason: d.securityPolicy
              ? `${what} uses security policy ${d.securityPolicy}, which accepts TLS 1.0 and 1.1`
              : `${what} reports no security policy`,
          };
    }
  },
});
