import { externalAccounts, grants, parseStatements } from '../../../providers/aws/policy/index.js';
import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { authorization, trustedAccounts } from './common.js';

const SERVICE_LINKED_PATH = '/aws-service-role/';

export default defineCheck({
  id: 'iam_role_cross_account_trust',
  scanner: IAM,
  reads: ['authorization', 'organization', 'partitionRegion'],
  resource_type: 'AwsIamRole',
  title: 'IAM roles are assumable only by trusted accounts',
  description:
    'No role trust policy lets in any AWS account ("*" without a condition pinning accounts or organizations) or an account other than the scanned one, those listed in check_config.trusted_account_ids and, when the scan could list them, the accounts of its organization. Service-linked roles are not evaluated.',
  severity: 'high',
  risk: 'Principals of an account you do not control can assume the role and act with its permissions in yours.',
  remediation: {
    text: 'Remove the untrusted principals from the trust policy (or pin them with aws:PrincipalOrgID and sts:ExternalId), or add the accounts to check_config.trusted_account_ids if the trust is intended.',
    cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust.json',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    const auth = authorization(snapshot, ctx);
    if ('error' in auth) {
      yield auth.error;
      return;
    }
    const trusted = trustedAccounts(snapshot, ctx.options);
    for (const role of auth.details.roles) {
      if (role.path.startsWith(SERVICE_LINKED_PATH)) continue;
      if (role.trustPolicy === null) {
        yield {
          resource_id: role.arn,
          status: 'ERROR',
          reason: `${role.name}'s trust policy returned by iam:GetAccountAuthorizationDetails is not readable JSON`,
        };
        continue;
      }
      const granted = grants(parseStatements(role.trustPolicy));
      const external = externalAccounts(granted, { self: ctx.accountId, trusted });
      if (granted.some((g) => g.public)) {
        yield {
          resource_id: role.arn,
          status: 'FAIL',
          reason: `${role.name} may be assumed by any AWS account (principal "*" without a condition pinning who)`,
        };
      } else if (external.length > 0) {
        yield {
          resource_id: role.arn,
          status: 'FAIL',
          reason: `${role.name} may be assumed from untrusted account(s) ${external.join(', ')}`,
        };
      } else {
        yield {
          resource_id: role.arn,
          status: 'PASS',
          reason: `${role.name} trusts no account outside the trusted ones`,
        };
      }
    }
  },
});
