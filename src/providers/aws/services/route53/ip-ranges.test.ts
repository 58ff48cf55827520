import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger, type JsonValue, type ResultCache } from '../../../../core/index.js';
import {
  AWS_IP_RANGES_URL,
  canonicalIp,
  displayedSource,
  Ec2RangeIndex,
  IP_RANGES_TTL_SECONDS,
  IP_RANGES_URL_ENV,
  ipRangesSource,
  loadEc2Ranges,
  type Ec2Ranges,
} from './ip-ranges.js';

const FILE = fileURLToPath(new URL('./fixtures/ip-ranges.json', import.meta.url));
const BODY = readFileSync(FILE, 'utf8');

/** What fixtures/ip-ranges.json keeps: its EC2 prefixes, by region (CloudFront, ROUTE53, AMAZON-only left out). */
const EC2_RANGES: Ec2Ranges = {
  syncToken: '1733497987',
  createDate: '2024-12-06-15-13-07',
  regions: {
    'us-east-1': ['3.80.0.0/12', '44.192.0.0/11', '2600:1f18::/33'],
    'eu-west-1': ['54.72.0.0/15', '3.248.0.0/13', '2a05:d018::/36'],
  },
};

class MemoryCache implements ResultCache {
  readonly entries = new Map<string, { value: JsonValue; ttl: number }>();
  get(key: string) {
    return Promise.resolve(this.entries.get(key)?.value);
  }
  set(key: string, value: JsonValue, ttl: number) {
    this.entries.set(key, { value: JSON.parse(JSON.stringify(value)) as JsonValue, ttl });
    return Promise.resolve();
  }
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A local server answering with `answer`, or holding every request when it is undefined. */
async function serve(answer?: (res: ServerResponse) => void) {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests++;
    answer?.(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ip-ranges.json`,
    requests: () => requests,
  };
}

const ctx = (cache?: ResultCache, signal = new AbortController().signal) => ({
  signal,
  log: silentLogger,
  ...(cache ? { cache } : {}),
});

describe('loadEc2Ranges', () => {
  it('downloads ip-ranges.json, keeps its EC2 prefixes by region and caches only those, a day', async () => {
    const server = await serve((res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(BODY),
    );
    const cache = new MemoryCache();

    const first = await loadEc2Ranges(ctx(cache), { source: server.url });
    const second = await loadEc2Ranges(ctx(cache), { source: server.url });

    expect(first).toEqual({ state: 'available', value: EC2_RANGES });
    expect(second).toEqual(first);
    expect(server.requests()).toBe(1);
    expect([...cache.entries]).toEqual([
      [
        `aws:ip-ranges:ec2:${server.url}`,
        { value: EC2_RANGES as unknown as JsonValue, ttl: IP_RANGES_TTL_SECONDS },
      ],
    ]);
  });

  it('answers from the cache without a request', async () => {
    const server = await serve();
    const cache = new MemoryCache();
    await cache.set(`aws:ip-ranges:ec2:${server.url}`, EC2_RANGES as unknown as JsonValue, 60);

    expect(await loadEc2Ranges(ctx(cache), { source: server.url })).toEqual({
      state: 'available',
      value: EC2_RANGES,
    });
    expect(server.requests()).toBe(0);
  });

  it('reads again over a cache entry that is not a valid range set', async () => {
    const server = await serve((res) => res.writeHead(200).end(BODY));
    const cache = new MemoryCache();
    await cache.set(
      `aws:ip-ranges:ec2:${server.url}`,
      { ...EC2_RANGES, regions: { 'us-east-1': ['3.80.0.0/99'] } } as unknown as JsonValue,
      60,
    );

    expect(await loadEc2Ranges(ctx(cache), { source: server.url })).toMatchObject({
      state: 'available',
      value: EC2_RANGES,
    });
    expect(server.requests()).toBe(1);
  });

  it('is a failed read naming GET <url> on malformed JSON, another shape, an invalid prefix or an HTTP error; nothing cached', async () => {
    const cache = new MemoryCache();
    const html = await serve((res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html></html>'),
    );
    const shape = await serve((res) => res.writeHead(200).end('{"syncToken":"1","prefixes":[]}'));
    const prefix = await serve((res) =>
      res.writeHead(200).end(
        JSON.stringify({
          syncToken: '1',
          createDate: '2024-12-06-15-13-07',
          prefixes: [{ ip_prefix: '3.80.0.0/40', region: 'us-east-1', service: 'EC2' }],
          ipv6_prefixes: [],
        }),
      ),
    );
    const unavailable = await serve((res) => res.writeHead(503).end('Service Unavailable'));

    expect(await loadEc2Ranges(ctx(cache), { source: html.url })).toMatchObject({
      state: 'failed',
      action: `GET ${html.url}`,
      errorCode: 'MalformedIpRanges',
      message: expect.stringMatching(/^not JSON: /),
    });
    expect(await loadEc2Ranges(ctx(cache), { source: shape.url })).toMatchObject({
      state: 'failed',
      action: `GET ${shape.url}`,
      errorCode: 'MalformedIpRanges',
      message: expect.stringContaining('createDate'),
    });
    expect(await loadEc2Ranges(ctx(cache), { source: prefix.url })).toMatchObject({
      state: 'failed',
      errorCode: 'MalformedIpRanges',
      message: 'not a CIDR prefix: "3.80.0.0/40"',
    });
    expect(await loadEc2Ranges(ctx(cache), { source: unavailable.url })).toEqual({
      state: 'failed',
      action: `GET ${unavailable.url}`,
      errorCode: 'HttpError',
      message: 'HTTP 503',
      httpStatus: 503,
    });
    expect(cache.entries.size).toBe(0);
  });

  it('gives up after its timeout when the server does not answer', async () => {
    const silent = await serve();
    const started = Date.now();

    expect(await loadEc2Ranges(ctx(), { source: silent.url, timeoutMs: 100 })).toEqual({
      state: 'failed',
      action: `GET ${silent.url}`,
      errorCode: 'TimeoutError',
      message: 'no answer within 0.1 s',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(silent.requests()).toBe(1);
  });

  it('throws when the unit itself is cancelled', async () => {
    const silent = await serve();
    const controller = new AbortController();
    const loading = loadEc2Ranges(ctx(undefined, controller.signal), { source: silent.url });
    setTimeout(() => controller.abort(), 20);
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reads a local file, by path or file: URL, naming it when it is missing', async () => {
    expect(await loadEc2Ranges(ctx(), { source: FILE })).toEqual({
      state: 'available',
      value: EC2_RANGES,
    });
    expect(await loadEc2Ranges(ctx(), { source: pathToFileURL(FILE).href })).toEqual({
      state: 'available',
      value: EC2_RANGES,
    });
    expect(await loadEc2Ranges(ctx(), { source: '/nonexistent/ip-ranges.json' })).toMatchObject({
      state: 'failed',
      action: 'read /nonexistent/ip-ranges.json',
      errorCode: 'ENOENT',
    });
  });
});

describe('displayedSource', () => {
  it('keeps a mirror’s password and a presigned URL’s signature out of what is shown and cached', async () => {
    expect(displayedSource('https://mirror.example.com/aws/ip-ranges.json')).toBe(
      'https://mirror.example.com/aws/ip-ranges.json',
    );
    expect(
      displayedSource(
        'https://bucket.s3.amazonaws.com/ip-ranges.json?X-Amz-Signature=abc123&X-Amz-Credential=AKIA',
      ),
    ).toBe('https://bucket.s3.amazonaws.com/ip-ranges.json?…');
    expect(displayedSource('https://ops:hunter2@mirror.example.com/ip-ranges.json')).toBe(
      'https://mirror.example.com/ip-ranges.json',
    );
    expect(displayedSource('/opt/clouddiagnoze/ip-ranges.json')).toBe(
      '/opt/clouddiagnoze/ip-ranges.json',
    );
    const unavailable = await serve((res) => res.writeHead(503).end('Service Unavailable'));
    const failed = await loadEc2Ranges(ctx(), { source: `${unavailable.url}?token=s3cr3t` });
    expect(JSON.stringify(failed)).not.toContain('s3cr3t');
    expect(failed).toMatchObject({ state: 'failed', action: `GET ${unavailable.url}?…` });
    const mirror = await serve((res) => res.writeHead(200).end(BODY));
    const cache = new MemoryCache();
    await loadEc2Ranges(ctx(cache), { source: `${mirror.url}?token=s3cr3t` });
    expect([...cache.entries.keys()]).toEqual([`aws:ip-ranges:ec2:${mirror.url}?…`]);
  });
});

describe('ipRangesSource', () => {
  it('is AWS’s URL unless the environment names another', () => {
    expect(ipRangesSource({})).toBe(AWS_IP_RANGES_URL);
    expect(ipRangesSource({ [IP_RANGES_URL_ENV]: ' ' })).toBe(AWS_IP_RANGES_URL);
    expect(ipRangesSource({ [IP_RANGES_URL_ENV]: '/opt/clouddiagnoze/ip-ranges.json' })).toBe(
      '/opt/clouddiagnoze/ip-ranges.json',
    );
  });
});

describe('Ec2RangeIndex', () => {
  const index = new Ec2RangeIndex(EC2_RANGES);

  it('names the region whose EC2 prefixes hold an address, none outside them', () => {
    expect(index.region('44.192.10.20')).toBe('us-east-1');
    expect(index.region('3.95.255.255')).toBe('us-east-1');
    expect(index.region('3.96.0.0')).toBeUndefined();
    expect(index.region('54.73.1.1')).toBe('eu-west-1');
    expect(index.region('2600:1f18:4a3:6f00::10')).toBe('us-east-1');
    expect(index.region('2a05:d018:1::1')).toBe('eu-west-1');
    expect(index.region('13.32.0.5')).toBeUndefined();
    expect(index.region('2001:db8::1')).toBeUndefined();
    expect(index.region('not-an-ip')).toBeUndefined();
  });
});

describe('canonicalIp', () => {
  it('keeps IPv4, lower-cases and compresses IPv6, rejects anything else', () => {
    expect(canonicalIp(' 3.80.5.6 ')).toBe('3.80.5.6');
    expect(canonicalIp('2600:1F18:04A3:6F00:0:0:0:10')).toBe('2600:1f18:4a3:6f00::10');
    expect(canonicalIp('03.80.5.6')).toBeUndefined();
    expect(canonicalIp('"v=spf1 -all"')).toBeUndefined();
    expect(canonicalIp('')).toBeUndefined();
  });
});
