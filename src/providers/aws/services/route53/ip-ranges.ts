/**
 * AWS's published IP address ranges (ip-ranges.json), narrowed to EC2's: the addresses any account
 * can be given as an Elastic IP or an instance's public IP, so the ones a DNS record must not point
 * at once released. Read over HTTPS (or from a file, for installs without Internet access), kept a
 * day in the tenant's cache in compact form.
 */
import { readFile } from 'node:fs/promises';
import { BlockList, isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { JsonValue, Logger, ResultCache } from '../../../../core/index.js';
import type { Read, ReadFailure } from '../../read.js';

/** Where AWS publishes its ranges. */
export const AWS_IP_RANGES_URL = 'https://ip-ranges.amazonaws.com/ip-ranges.json';
/** Overrides the source: another http(s) URL, or a local file (path or `file:` URL). */
export const IP_RANGES_URL_ENV = 'CLOUDDIAGNOZE_AWS_IP_RANGES_URL';
/** AWS publishes changes a few times a week: a day-old copy is recent enough. */
export const IP_RANGES_TTL_SECONDS = 86_400;
/** The download (about 1.5 MB) is given this long, on top of the unit's own cancellation. */
export const IP_RANGES_TIMEOUT_MS = 15_000;

/** EC2's prefixes of one ip-ranges.json, by region: all the scan keeps of the 1.5 MB document. */
export interface Ec2Ranges {
  syncToken: string;
  createDate: string;
  /** Region → its EC2 prefixes (IPv4 and IPv6 CIDRs). */
  regions: Record<string, string[]>;
}

const v4Prefix = z.object({ ip_prefix: z.string(), region: z.string(), service: z.string() });
const v6Prefix = z.object({ ipv6_prefix: z.string(), region: z.string(), service: z.string() });
/** The published document, as much of it as is read (other fields, e.g. network_border_group, pass). */
const IpRangesDocument = z.object({
  syncToken: z.string(),
  createDate: z.string(),
  prefixes: z.array(v4Prefix),
  ipv6_prefixes: z.array(v6Prefix),
});

/** The configured source of the ranges: the environment's override, else AWS's URL. */
export function ipRangesSource(env: NodeJS.ProcessEnv = process.env): string {
  const override = env[IP_RANGES_URL_ENV]?.trim();
  return override ? override : AWS_IP_RANGES_URL;
}

const isHttp = (source: string) => /^https?:\/\//i.test(source);

/**
 * The source as it may be shown and stored: a URL without its user info and query, which may hold
 * credentials (a mirror's password, a presigned URL's signature).
 */
export function displayedSource(source: string): string {
  if (!isHttp(source)) return source;
  try {
    const url = new URL(source);
    const hidden = url.username !== '' || url.password !== '' || url.search !== '';
    url.username = '';
    url.password = '';
    url.search = '';
    return hidden ? `${url.href}${source.includes('?') ? '?…' : ''}` : source;
  } catch {
    return source.replace(/\?.*$/, '?…');
  }
}

/** The action a failure names: `GET <url>`, or `read <path>` for a local file. */
export function ipRangesAction(source: string): string {
  if (isHttp(source)) return `GET ${displayedSource(source)}`;
  return `read ${source.startsWith('file:') ? fileURLToPath(source) : source}`;
}

/** `a.b.c.d/n` or `x:y::/n`, checked (BlockList takes only valid subnets). */
function parseCidr(cidr: string): { network: string; prefix: number; type: 'ipv4' | 'ipv6' } {
  const slash = cidr.lastIndexOf('/');
  const network = cidr.slice(0, slash);
  const prefix = Number(cidr.slice(slash + 1));
  const family = isIP(network);
  const max = family === 4 ? 32 : 128;
  if (slash < 0 || family === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > max)
    throw new MalformedRanges(`not a CIDR prefix: ${JSON.stringify(cidr)}`);
  return { network, prefix, type: family === 4 ? 'ipv4' : 'ipv6' };
}

class MalformedRanges extends Error {
  override name = 'MalformedIpRanges';
}

const isCidr = (cidr: string): boolean => {
  try {
    parseCidr(cidr);
    return true;
  } catch {
    return false;
  }
};
/** A cached entry, checked as thoroughly as a download: one that is not is read again. */
const CachedRanges = z.object({
  syncToken: z.string(),
  createDate: z.string(),
  regions: z.record(z.string(), z.array(z.string().refine(isCidr))),
});

/** The EC2 prefixes of a published document, by region (`GLOBAL` entries name no region: left out). */
export function compactEc2Ranges(document: unknown): Ec2Ranges {
  const parsed = IpRangesDocument.safeParse(document);
  if (!parsed.success)
    throw new MalformedRanges(
      `not the ip-ranges.json shape: ${parsed.error.issues[0]?.path.join('.') || '(root)'} ${parsed.error.issues[0]?.message ?? ''}`.trim(),
    );
  const regions: Record<string, string[]> = {};
  const add = (region: string, cidr: string) => {
    parseCidr(cidr);
    if (region === 'GLOBAL') return;
    (regions[region] ??= []).push(cidr);
  };
  for (const p of parsed.data.prefixes) if (p.service === 'EC2') add(p.region, p.ip_prefix);
  for (const p of parsed.data.ipv6_prefixes) if (p.service === 'EC2') add(p.region, p.ipv6_prefix);
  return { syncToken: parsed.data.syncToken, createDate: parsed.data.createDate, regions };
}

/** An address in canonical form (IPv6 lower-case and compressed), or undefined if it is none. */
export function canonicalIp(value: string): string | undefined {
  const v = value.trim();
  const family = isIP(v);
  if (family === 4) return v;
  if (family === 6) return new URL(`http://[${v}]`).hostname.slice(1, -1);
  return undefined;
}

/** Which region's EC2 ranges hold an address. */
export class Ec2RangeIndex {
  readonly #regions: [string, BlockList][];

  constructor(ranges: Ec2Ranges) {
    this.#regions = Object.keys(ranges.regions)
      .sort()
      .map((region) => {
        const list = new BlockList();
        for (const cidr of ranges.regions[region]!) {
          const { network, prefix, type } = parseCidr(cidr);
          list.addSubnet(network, prefix, type);
        }
        return [region, list];
      });
  }

  /** The region whose EC2 ranges hold `ip` (the first by name, should two overlap), else undefined. */
  region(ip: string): string | undefined {
    const family = isIP(ip);
    if (family === 0) return undefined;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    return this.#regions.find(([, list]) => list.check(ip, type))?.[0];
  }
}

/** The error of a failed download as a code a person can act on. */
function failureCode(
  error: unknown,
  timeoutMs: number,
): { errorCode: string; message: string; httpStatus?: number } {
  if (error instanceof HttpError)
    return { errorCode: 'HttpError', message: error.message, httpStatus: error.status };
  if (error instanceof MalformedRanges) return { errorCode: error.name, message: error.message };
  if (error instanceof SyntaxError)
    return { errorCode: 'MalformedIpRanges', message: `not JSON: ${error.message}` };
  const e = error as { name?: string; code?: string; message?: string; cause?: unknown };
  if (e?.name === 'TimeoutError')
    return { errorCode: 'TimeoutError', message: `no answer within ${timeoutMs / 1000} s` };
  const cause = e?.cause as { code?: string; message?: string } | undefined;
  const code = cause?.code ?? e?.code ?? e?.name ?? 'Error';
  return { errorCode: code, message: cause?.message ?? e?.message ?? String(error) };
}

class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

async function download(source: string, signal: AbortSignal): Promise<unknown> {
  if (isHttp(source)) {
    const response = await fetch(source, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      await response.body?.cancel();
      throw new HttpError(response.status);
    }
    return JSON.parse(await response.text());
  }
  const path = source.startsWith('file:') ? fileURLToPath(source) : source;
  return JSON.parse(await readFile(path, { encoding: 'utf8', signal }));
}

export interface IpRangesContext {
  signal: AbortSignal;
  log: Logger;
  cache?: ResultCache;
}

/**
 * EC2's published ranges: from the tenant's cache (a day, keyed by source), else downloaded. A
 * download that fails, times out, or is not the ip-ranges.json shape is a failed read naming the
 * source (`GET <url>`); only the unit's own cancellation is thrown.
 */
export async function loadEc2Ranges(
  ctx: IpRangesContext,
  options: { source?: string; timeoutMs?: number } = {},
): Promise<Read<Ec2Ranges>> {
  const source = options.source ?? ipRangesSource();
  const key = `aws:ip-ranges:ec2:${displayedSource(source)}`;
  const cached = CachedRanges.safeParse(await ctx.cache?.get(key));
  if (cached.success) return { state: 'available', value: cached.data };
  const action = ipRangesAction(source);
  const timeoutMs = options.timeoutMs ?? IP_RANGES_TIMEOUT_MS;
  try {
    const signal = AbortSignal.any([ctx.signal, AbortSignal.timeout(timeoutMs)]);
    const ranges = compactEc2Ranges(await download(source, signal));
    await ctx.cache?.set(key, ranges as unknown as JsonValue, IP_RANGES_TTL_SECONDS);
    return { state: 'available', value: ranges };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const failure: ReadFailure = { state: 'failed', action, ...failureCode(error, timeoutMs) };
    ctx.log.warn(
      { action, code: failure.errorCode, message: failure.message },
      'read failed; the unit goes on without it',
    );
    return failure;
  }
}
