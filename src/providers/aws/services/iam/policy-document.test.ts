import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../../core/index.js';
import {
  accountOfPrincipal,
  allowsAnyone,
  decodePolicyDocument,
  grantsFullAdmin,
  policyStatements,
} from './policy-document.js';

const doc = (...Statement: JsonValue[]): JsonValue => ({ Version: '2012-10-17', Statement });

describe('decodePolicyDocument', () => {
  it('reads URL-encoded documents (IAM) and plain JSON (S3)', () => {
    const json = JSON.stringify(doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }));
    expect(decodePolicyDocument(encodeURIComponent(json))).toEqual(JSON.parse(json));
    expect(decodePolicyDocument(json)).toEqual(JSON.parse(json));
  });

  it('keeps a literal % in plain JSON and gives null for what is not JSON', () => {
    expect(decodePolicyDocument('{"Sid":"100%"}')).toEqual({ Sid: '100%' });
    expect(decodePolicyDocument('not json')).toBeNull();
    expect(decodePolicyDocument(undefined)).toBeNull();
  });
});

describe('policyStatements', () => {
  it('accepts a single statement object and string-or-list fields', () => {
    const [statement] = policyStatements({
      Statement: {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root', Service: ['ec2.amazonaws.com'] },
        Action: 'sts:AssumeRole',
      },
    });
    expect(statement).toMatchObject({
      effect: 'Allow',
      actions: ['sts:AssumeRole'],
      principal: {
        everyone: false,
        aws: ['arn:aws:iam::111122223333:root'],
        service: ['ec2.amazonaws.com'],
      },
    });
  });
});

describe('allowsAnyone', () => {
  const [open] = policyStatements(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }));
  const [awsStar] = policyStatements(
    doc({ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: '*' }),
  );
  const [vpceOnly] = policyStatements(
    doc({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Condition: { StringEquals: { 'AWS:SourceVpce': 'vpce-1a2b3c4d' } },
    }),
  );
  const [tlsOnly] = policyStatements(
    doc({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    }),
  );
  const [denyAll] = policyStatements(doc({ Effect: 'Deny', Principal: '*', Action: '*' }));
  const [notPrincipal] = policyStatements(
    doc({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: '*' }),
  );

  it('is true for "*" principals without a condition narrowing who', () => {
    expect(allowsAnyone(open!)).toBe(true);
    expect(allowsAnyone(awsStar!)).toBe(true);
    expect(allowsAnyone(tlsOnly!)).toBe(true);
    expect(allowsAnyone(notPrincipal!)).toBe(true);
  });

  it('is false when a condition narrows who (keys compared case-insensitively) or for a Deny', () => {
    expect(allowsAnyone(vpceOnly!)).toBe(false);
    expect(allowsAnyone(denyAll!)).toBe(false);
  });
});

describe('grantsFullAdmin', () => {
  it('is true only for an Allow of "*" (or "*:*") on "*"', () => {
    expect(grantsFullAdmin(doc({ Effect: 'Allow', Action: '*', Resource: '*' }))).toBe(true);
    expect(grantsFullAdmin(doc({ Effect: 'Allow', Action: ['*:*'], Resource: ['*'] }))).toBe(true);
    expect(grantsFullAdmin(doc({ Effect: 'Deny', Action: '*', Resource: '*' }))).toBe(false);
    expect(grantsFullAdmin(doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }))).toBe(false);
    expect(grantsFullAdmin(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))).toBe(
      false,
    );
    expect(grantsFullAdmin(null)).toBe(false);
  });
});

describe('accountOfPrincipal', () => {
  it('reads bare account ids and the account field of ARNs', () => {
    expect(accountOfPrincipal('210987654321')).toBe('210987654321');
    expect(accountOfPrincipal('arn:aws:iam::210987654321:role/auditor')).toBe('210987654321');
    expect(accountOfPrincipal('arn:aws:sts::210987654321:assumed-role/a/b')).toBe('210987654321');
    expect(accountOfPrincipal('*')).toBeNull();
    expect(accountOfPrincipal('AROAEXAMPLEDELETED001')).toBeNull();
  });
});
