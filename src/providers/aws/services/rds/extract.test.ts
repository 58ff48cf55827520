import { describe, expect, it } from 'vitest';
import { isProductionLike } from './extract.js';

describe('production-like databases', () => {
  it('follows an env or environment tag when there is one', () => {
    expect(isProductionLike({ env: 'prod' }, ['db.t3.micro'])).toBe(true);
    expect(isProductionLike({ ENVIRONMENT: ' Production ' }, ['db.t3.micro'])).toBe(true);
    expect(isProductionLike({ env: 'dev' }, ['db.r6g.2xlarge'])).toBe(false);
  });

  it('falls back on the class: burstable db.t* classes are for development and test', () => {
    expect(isProductionLike({}, ['db.t4g.medium'])).toBe(false);
    expect(isProductionLike({}, ['db.m6i.large'])).toBe(true);
    expect(isProductionLike({}, ['db.t4g.medium', 'db.r6g.large'])).toBe(true);
    expect(isProductionLike({ Name: 'x' }, [])).toBe(true);
  });
});
