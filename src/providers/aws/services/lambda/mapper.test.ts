import { describe, expect, it } from 'vitest';
import { isoTimestamp, mapPolicy, mapUrl } from './mapper.js';
import { runtimeDeprecationDate } from './runtimes.js';

const ARN = 'arn:aws:lambda:eu-west-3:123456789012:function:orders-api';
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

describe('mapPolicy', () => {
  it('calls a "*" principal pinned to a source bucket or account not public', () => {
    const pinned = mapPolicy(
      policy({
        Sid: 'events',
        Effect: 'Allow',
        Principal: '*',
        Action: 'lambda:InvokeFunction',
        Resource: ARN,
        Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:events:eu-west-3:123456789012:rule/*' } },
      }),
    );
    expect(pinned).toEqual({ statementCount: 1, publicStatements: [], publicActions: [] });
  });

  it('names the open statements and their actions, a Deny of another action aside', () => {
    const open = mapPolicy(
      policy(
        { Sid: 'all', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'lambda:*', Resource: ARN },
        { Sid: 'no-delete', Effect: 'Deny', Principal: '*', Action: 'lambda:DeleteFunction' },
      ),
    );
    expect(open.publicStatements).toEqual(['all']);
    expect(open.publicActions).toEqual(['lambda:*']);
  });

  it('reads nothing into a policy that is not JSON', () => {
    expect(mapPolicy('<html>')).toEqual({
      statementCount: 0,
      publicStatements: [],
      publicActions: [],
    });
  });
});

describe('mapUrl', () => {
  it('keeps the alias a URL serves', () => {
    expect(
      mapUrl(
        {
          FunctionUrl: 'https://x.lambda-url.eu-west-3.on.aws/',
          FunctionArn: `${ARN}:live`,
          AuthType: 'NONE',
          CreationTime: undefined,
          LastModifiedTime: undefined,
        },
        ARN,
      ),
    ).toEqual({
      url: 'https://x.lambda-url.eu-west-3.on.aws/',
      authType: 'NONE',
      qualifier: 'live',
      corsAllowOrigins: [],
    });
  });
});

describe('isoTimestamp and the runtime table', () => {
  it('reads Lambda’s +0000 offsets and refuses garbage', () => {
    expect(isoTimestamp('2026-05-04T09:12:33.123+0200')).toBe('2026-05-04T07:12:33.123Z');
    expect(isoTimestamp('yesterday')).toBeUndefined();
  });

  it('knows dated runtimes and nothing it was not told', () => {
    expect(runtimeDeprecationDate('python3.9')).toBe('2025-12-15');
    expect(runtimeDeprecationDate('constructor')).toBeUndefined();
    expect(runtimeDeprecationDate('cobol1.x')).toBeUndefined();
  });
});
