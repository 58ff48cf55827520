/** CloudFront snapshots for the check tests, in the collector's normalized shapes. */
import type {
  CloudFrontSnapshot,
  Distribution,
  Origin,
  ReadFailure,
} from '../../../providers/aws/services/cloudfront/model.js';
import { ACCOUNT } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDenied',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

export function s3Origin(overrides: Partial<Origin> = {}): Origin {
  return {
    id: 'site',
    domainName: 'acme-site.s3.eu-west-1.amazonaws.com',
    kind: 's3',
    originAccessControlId: 'E2OACEXAMPLE01',
    originSslProtocols: [],
    ...overrides,
  };
}

export function customOrigin(overrides: Partial<Origin> = {}): Origin {
  return {
    id: 'alb',
    domainName: 'api-123.eu-west-1.elb.amazonaws.com',
    kind: 'custom',
    originProtocolPolicy: 'https-only',
    originSslProtocols: ['TLSv1.2'],
    ...overrides,
  };
}

export function dist(id: string, overrides: Partial<Distribution> = {}): Distribution {
  return {
    id,
    arn: `arn:aws:cloudfront::${ACCOUNT}:distribution/${id}`,
    domainName: `${id.toLowerCase()}.cloudfront.net`,
    aliases: [],
    status: 'Deployed',
    enabled: true,
    staging: false,
    webAclId: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge/abc`,
    origins: [s3Origin()],
    behaviors: [{ pathPattern: '*', viewerProtocolPolicy: 'redirect-to-https' }],
    viewerCertificate: {
      cloudFrontDefault: false,
      minimumProtocolVersion: 'TLSv1.2_2025',
      sslSupportMethod: 'sni-only',
    },
    config: {
      state: 'available',
      value: { logging: { enabled: true, bucket: 'logs.s3.amazonaws.com' } },
    },
    ...overrides,
  };
}

export function snapshot(
  distributions: Distribution[],
  overrides: Partial<CloudFrontSnapshot> = {},
): CloudFrontSnapshot {
  return {
    distributions,
    logDeliverySources: { state: 'available', value: [] },
    performance: {
      status: 'collected',
      windowDays: 14,
      windowStart: '2026-06-30T10:00:00.000Z',
      resources: {},
    },
    ...overrides,
  };
}
