import { describe, expect, it } from 'vitest';
import { eq, missingConditions, ne, notExists, parseConditions } from './filter-pattern.js';
import { MONITORING_PATTERNS } from './patterns.js';

describe('filter pattern conditions', () => {
  it('reads comparisons and existence tests whatever the spacing and quoting', () => {
    expect(
      [
        ...parseConditions(
          '{$.userIdentity.type="Root"&&$.userIdentity.invokedBy   NOT  EXISTS&&($.eventType!=AwsServiceEvent)}',
        ),
      ].sort(),
    ).toEqual([
      '$.eventType != AwsServiceEvent',
      '$.userIdentity.invokedBy NOT EXISTS',
      '$.userIdentity.type = Root',
    ]);
  });

  it('keeps spaces inside a value, quoted or not', () => {
    expect(parseConditions('{ ($.errorMessage = "Failed   authentication") }')).toContain(
      '$.errorMessage = Failed authentication',
    );
    expect(parseConditions('{ ($.errorMessage = Failed authentication) }')).toContain(
      '$.errorMessage = Failed authentication',
    );
  });

  it('does not take one event name for a longer one', () => {
    expect(
      missingConditions('{ ($.eventName = DeletePolicyVersion) }', [
        eq('eventName', 'DeletePolicy'),
      ]),
    ).toEqual(['$.eventName = DeletePolicy']);
  });

  it('tells = from != and existence from absence', () => {
    expect(
      missingConditions(
        '{ ($.eventName = ConsoleLogin) && ($.additionalEventData.MFAUsed = "Yes") }',
        [ne('additionalEventData.MFAUsed', 'Yes'), notExists('userIdentity.invokedBy')],
      ),
    ).toEqual(['$.additionalEventData.MFAUsed != Yes', '$.userIdentity.invokedBy NOT EXISTS']);
  });

  it('matches every benchmark pattern with its own example', () => {
    for (const [id, pattern] of Object.entries(MONITORING_PATTERNS)) {
      expect(missingConditions(pattern.example, pattern.require), id).toEqual([]);
    }
  });

  it('accepts the benchmark’s optional refinements, such as the SSO variant of 5.2', () => {
    const sso =
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }';
    expect(missingConditions(sso, MONITORING_PATTERNS.sign_in_without_mfa.require)).toEqual([]);
  });
});
