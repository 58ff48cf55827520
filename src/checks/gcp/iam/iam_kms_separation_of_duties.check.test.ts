import { describe, expect, it } from 'vitest';
import { denied, PROJECT_ID, run, statuses } from '../testing.js';
import { snapshot } from './fixtures.js';
import check from './iam_kms_separation_of_duties.check.js';

describe('iam_kms_separation_of_duties', () => {
  it('fails when one member is KMS Admin and Encrypter/Decrypter, naming it', () => {
    const both = {
      bindings: [
        { role: 'roles/cloudkms.admin', members: ['user:bob@acme.example'] },
        {
          role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter',
          members: [
            'user:bob@acme.example',
            'serviceAccount:app@acme-prod.iam.gserviceaccount.com',
          ],
        },
      ],
    };
    expect(run(check, snapshot([], both))).toEqual([
      {
        resource_id: PROJECT_ID,
        status: 'FAIL',
        reason:
          'both Cloud KMS Admin and a key-use role: user:bob@acme.example (admin and cryptoKeyEncrypterDecrypter)',
      },
    ]);
  });

  it('passes when administration and use belong to different members', () => {
    const split = {
      bindings: [
        { role: 'roles/cloudkms.admin', members: ['group:security@acme.example'] },
        { role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['user:ann@acme.example'] },
      ],
    };
    expect(statuses(check, snapshot([], split))).toEqual({ [PROJECT_ID]: 'PASS' });
  });

  it('is an ERROR naming the call when the project policy was not read', () => {
    const results = run(check, snapshot([], denied('cloudresourcemanager.projects.getIamPolicy')));
    expect(results).toMatchObject([{ resource_id: PROJECT_ID, status: 'ERROR' }]);
    expect(results[0]?.reason).toContain(
      'cloudresourcemanager.projects.getIamPolicy: PERMISSION_DENIED',
    );
  });
});
