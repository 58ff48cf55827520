import { KMS } from '../../../providers/gcp/services/kms/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, projectResource, unreadResult } from '../support.js';

export default defineCheck({
  id: 'kms_key_not_public',
  scanner: KMS,
  reads: ['project', 'keys', 'publicGrants'],
  resource_type: 'GcpKmsCryptoKey',
  title: 'Cloud KMS keys are not anonymously or publicly accessible',
  description:
    'Neither the crypto key’s IAM policy nor its key ring’s (which the key inherits) grants anything to allUsers or allAuthenticatedUsers.',
  severity: 'critical',
  risk: 'A public grant lets anyone on the internet (or any Google account) use, and sometimes manage, the key: data it protects can be decrypted, or signatures forged.',
  remediation: {
    text: 'Remove every allUsers and allAuthenticatedUsers binding from the key’s IAM policy and from its key ring’s.',
    cli: 'gcloud kms keys remove-iam-policy-binding KEY --keyring=KEY_RING --location=LOCATION --member=allUsers --role=ROLE',
    url: 'https://cloud.google.com/kms/docs/iam',
  },
  compliance: { [CIS]: ['1.9'] },
  *evaluate(snapshot) {
    if (snapshot.keys.state !== 'available') {
      yield unreadResult(
        projectResource(snapshot.project),
        `The KMS keys of ${snapshot.project}`,
        snapshot.keys,
      );
      return;
    }
    const grants = snapshot.publicGrants;
    for (const key of snapshot.keys.value) {
      if (grants.state !== 'available') {
        yield unreadResult(key.id, `The IAM policy of ${key.name}`, grants);
        continue;
      }
      // A key with no policy of its own is absent from the search: it grants nothing.
      const members = grants.value[key.id] ?? [];
      yield members.length > 0
        ? fail(key.id, `${key.name} grants ${members.join(', ')}`)
        : pass(key.id, `${key.name} grants nothing to allUsers or allAuthenticatedUsers`);
    }
  },
});
