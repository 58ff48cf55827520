import { describe, expect, it } from 'vitest';
import { ACCOUNT_ARN, DENIED, snapshot } from './fixtures.js';
import { ACCOUNT, daysAgo, run, statuses } from '../testing.js';
import check from './iam_no_expired_server_certificates_stored.check.js';

const certificate = (name: string, expiration: string) => ({
  name,
  arn: `arn:aws:iam::${ACCOUNT}:server-certificate/${name}`,
  expiration,
  uploadDate: daysAgo(700),
});

describe('iam_no_expired_server_certificates_stored', () => {
  it('passes a certificate still within its validity period', () => {
    const s = snapshot({ serverCertificates: [certificate('api', '2027-03-01T12:00:00.000Z')] });
    expect(run(check, s)).toEqual([
      {
        resource_id: `arn:aws:iam::${ACCOUNT}:server-certificate/api`,
        status: 'PASS',
        reason: 'api is valid until 2027-03-01',
      },
    ]);
  });

  it('fails each expired certificate, naming it and its expiry date', () => {
    const s = snapshot({
      serverCertificates: [
        certificate('www-2025', '2026-06-01T12:00:00.000Z'),
        certificate('api', '2027-03-01T12:00:00.000Z'),
        // Expired a minute before the scan: no grace period.
        certificate('edge', daysAgo(1 / 1440)),
      ],
    });
    const results = run(check, s);
    expect(results[0]).toEqual({
      resource_id: `arn:aws:iam::${ACCOUNT}:server-certificate/www-2025`,
      status: 'FAIL',
      reason: 'www-2025 expired on 2026-06-01 and is still stored in IAM',
    });
    expect(statuses(check, s)).toEqual({
      [`arn:aws:iam::${ACCOUNT}:server-certificate/www-2025`]: 'FAIL',
      [`arn:aws:iam::${ACCOUNT}:server-certificate/api`]: 'PASS',
      [`arn:aws:iam::${ACCOUNT}:server-certificate/edge`]: 'FAIL',
    });
  });

  it('reports nothing when IAM stores no certificate', () => {
    expect(run(check, snapshot())).toEqual([]);
  });

  it('is in ERROR, naming the permission, when ListServerCertificates is denied', () => {
    const s = snapshot({ serverCertificates: [certificate('www-2025', daysAgo(30))] });
    s.serverCertificates = DENIED('ListServerCertificates');
    expect(run(check, s)).toEqual([
      {
        resource_id: ACCOUNT_ARN,
        status: 'ERROR',
        reason:
          'the server certificates could not be read: iam:ListServerCertificates was denied (AccessDenied)',
      },
    ]);
  });
});
