import { describe, expect, it, vi } from 'vitest';
import { describeFailure, guardedRead, mapRead, readError, valueOr } from './read.js';

function unit(aborted = false) {
  const controller = new AbortController();
  if (aborted) controller.abort();
  const warn = vi.fn();
  return { ctx: { signal: controller.signal, log: { warn } as never }, warn };
}

const sdkError = (name: string, status: number, message = 'boom') =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

describe('guardedRead', () => {
  it('returns the value of a read that answered', async () => {
    const { ctx } = unit();
    const read = await guardedRead(ctx, 'ec2:GetEbsDefaultKmsKeyId', async () => 'alias/aws/ebs');
    expect(read).toEqual({ state: 'available', value: 'alias/aws/ebs' });
    expect(
      valueOr(
        mapRead(read, (v) => v.length),
        0,
      ),
    ).toBe(13);
  });

  it('records a denied read with its action and code', async () => {
    const { ctx, warn } = unit();
    const read = await guardedRead(ctx, 'kms:DescribeKey', () =>
      Promise.reject(sdkError('AccessDeniedException', 400, 'User is not authorized')),
    );
    expect(read).toMatchObject({
      state: 'denied',
      action: 'kms:DescribeKey',
      errorCode: 'AccessDeniedException',
      httpStatus: 400,
    });
    expect(warn).toHaveBeenCalledOnce();
    expect(readError(read)).toBe('kms:DescribeKey: AccessDeniedException');
  });

  it('degrades on a 5xx, an HTML page or an unknown error instead of failing the unit', async () => {
    const { ctx } = unit();
    const html = Object.assign(new SyntaxError("Unexpected token '<'"), {
      $metadata: { httpStatusCode: 500 },
    });
    const read = await guardedRead(ctx, 'ec2:GetEbsDefaultKmsKeyId', () => Promise.reject(html));
    expect(read).toMatchObject({
      state: 'failed',
      errorCode: 'ServiceUnavailable',
      httpStatus: 500,
    });
    if (read.state === 'available') throw new Error('unreachable');
    expect(describeFailure(read)).toMatch(
      /^ec2:GetEbsDefaultKmsKeyId failed \(ServiceUnavailable\): HTTP 500 answered/,
    );
    const plain = await guardedRead(ctx, 'x:Y', () => Promise.reject(new TypeError('bad')));
    expect(plain).toMatchObject({ state: 'failed', errorCode: 'TypeError', message: 'bad' });
  });

  it('calls an expected "not there" code absent', async () => {
    const { ctx, warn } = unit();
    const read = await guardedRead(
      ctx,
      'cloudtrail:GetTrailStatus',
      () => Promise.reject(sdkError('TrailNotFoundException', 400)),
      { absentCodes: ['TrailNotFoundException'] },
    );
    expect(read).toMatchObject({ state: 'absent', errorCode: 'TrailNotFoundException' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('lets the unit end when it is cancelled', async () => {
    const { ctx } = unit(true);
    await expect(
      guardedRead(ctx, 'x:Y', () => Promise.reject(sdkError('AbortError', 0))),
    ).rejects.toThrow('boom');
  });
});
