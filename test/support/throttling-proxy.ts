import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forward, operationOf } from './latency-proxy.js';

/**
 * The wire protocols of the AWS APIs, as a request shows them:
 * - `ec2Query`: form-encoded `Action=` to EC2, errors in `<Response><Errors><Error>`;
 * - `awsQuery`: form-encoded `Action=` to IAM, STS, RDS, SNS…, errors in `<ErrorResponse><Error>`;
 * - `restXml`: S3's REST API (errors in a bare `<Error>`) and S3 Control's (wrapped in `<ErrorResponse>`);
 * - `awsJson1_0` / `awsJson1_1`: `X-Amz-Target` with a JSON body (DynamoDB, SQS, CloudWatch; KMS, Logs…);
 * - `restJson1`: a JSON REST API (Lambda), the error type in `X-Amzn-ErrorType`.
 */
export type AwsProtocol =
  'ec2Query' | 'awsQuery' | 'restXml' | 'awsJson1_0' | 'awsJson1_1' | 'restJson1' | 'rpcv2Cbor';

export interface ThrottlingProxyOptions {
  /**
   * Which requests are answered with throttling: by default every request whose number (counted
   * from 0 over the requests of its protocol the proxy has received) is 1, 4 or 7 modulo 10 — 30 %
   * of each protocol's requests, whatever the interleaving of the services' calls. A request that is
   * its call's last attempt (`amz-sdk-request: attempt=N; max=N`) is always forwarded, so that the
   * SDK's retry budget is never exhausted by throttling alone.
   */
  throttle?: (index: number, protocol: AwsProtocol) => boolean;
  /**
   * Requests answered `502 Bad Gateway` with a load balancer's HTML page whatever their attempt:
   * a service that stays unparseable beyond the retry budget. Matched against `service:Operation`
   * (see `operationOf`) and the request's path and query (S3 names the bucket there).
   */
  badGateway?: (operation: string, url: string) => boolean;
}

export interface ThrottlingProxy {
  endpoint: string;
  /** Requests received. */
  readonly requests: number;
  /** Requests received, by protocol (moto's own `/moto-api` left out). */
  readonly requestsByProtocol: Readonly<Partial<Record<AwsProtocol, number>>>;
  /** Requests answered with throttling, by protocol. */
  readonly throttledByProtocol: Readonly<Partial<Record<AwsProtocol, number>>>;
  /** Requests answered with throttling, by `service:Operation`. */
  readonly throttledByOperation: Readonly<Record<string, number>>;
  /** Requests answered with the HTML 502 page, by `service:Operation`. */
  readonly badGatewayByOperation: Readonly<Record<string, number>>;
  /** Requests forwarded to the target, by `service:Operation`. */
  readonly forwardedByOperation: Readonly<Record<string, number>>;
  /** Zeroes the counters; the throttling pattern starts again at request 0. */
  reset(): void;
  stop(): Promise<void>;
}

/**
 * 30 %: requests 1, 4 and 7 of every 10, spread out as a busy API's throttling is, rather than in
 * runs: a call whose attempt is throttled has its retry most often go through.
 */
export const THIRTY_PERCENT = (index: number): boolean => [1, 4, 7].includes(index % 10);

/**
 * 30 % in runs: requests 0, 1 and 2 of every 10, as a service throttles once a burst has spent its
 * bucket. A call's retries then often meet throttling again, and calls in flight together are
 * throttled together.
 */
export const THIRTY_PERCENT_IN_RUNS = (index: number): boolean => index % 10 < 3;

/** The protocol a request speaks, from its headers, path and body. */
export function protocolOf(req: IncomingMessage, body: Buffer): AwsProtocol {
  const contentType = String(req.headers['content-type'] ?? '');
  if (String(req.headers['smithy-protocol'] ?? '') === 'rpc-v2-cbor') return 'rpcv2Cbor';
  if (typeof req.headers['x-amz-target'] === 'string') {
    return contentType.includes('1.1') ? 'awsJson1_1' : 'awsJson1_0';
  }
  const operation = operationOf(req, body);
  const service = operation.split(':')[0];
  const isQuery =
    contentType.includes('x-www-form-urlencoded') ||
    new URL(req.url ?? '/', 'http://proxy').searchParams.has('Action');
  if (isQuery) return service === 'ec2' ? 'ec2Query' : 'awsQuery';
  if (service === 's3') return 'restXml';
  return 'restJson1';
}

/** What AWS answers, in each protocol's own shape, when a caller exceeds its request rate. */
export function throttlingAnswer(
  protocol: AwsProtocol,
  req: IncomingMessage,
  body: Buffer,
): { status: number; headers: Record<string, string>; body: string } {
  const requestId = randomUUID();
  const service = operationOf(req, body).split(':')[0];
  switch (protocol) {
    case 'ec2Query':
      // EC2 API reference, "Error codes": RequestLimitExceeded, HTTP 503, in EC2's <Response> shape.
      return {
        status: 503,
        headers: { 'content-type': 'text/xml;charset=UTF-8' },
        body:
          '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error>' +
          '<Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message>' +
          `</Error></Errors><RequestID>${requestId}</RequestID></Response>`,
      };
    case 'awsQuery':
      // The common "Throttling" error of the query APIs (IAM, STS, RDS, SNS), HTTP 400.
      return {
        status: 400,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
        body:
          '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error>' +
          '<Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message>' +
          `</Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
      };
    case 'restXml': {
      const control = (req.url ?? '').startsWith('/v20180820/');
      const error =
        '<Code>SlowDown</Code><Message>Please reduce your request rate.</Message>' +
        `<RequestId>${requestId.slice(0, 16).toUpperCase()}</RequestId>` +
        '<HostId>c2xvd2Rvd24tZXhhbXBsZS1ob3N0LWlk</HostId>';
      return {
        status: 503,
        headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId },
        // S3 answers a bare <Error>; S3 Control wraps it in <ErrorResponse>.
        body: control
          ? `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse><Error>${error}</Error></ErrorResponse>`
          : `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${error}</Error>`,
      };
    }
    case 'awsJson1_0':
    case 'awsJson1_1': {
      const queryCompatible = req.headers['x-amzn-query-mode'] === 'true';
      const type =
        service === 'dynamodb'
          ? 'com.amazonaws.dynamodb.v20120810#ThrottlingException'
          : service === 'sqs'
            ? 'com.amazonaws.sqs#RequestThrottled'
            : 'ThrottlingException';
      return {
        status: 400,
        headers: {
          'content-type': `application/x-amz-json-${protocol === 'awsJson1_0' ? '1.0' : '1.1'}`,
          'x-amzn-requestid': requestId,
          // A query-compatible JSON service also names the error by its query code and fault.
          ...(queryCompatible
            ? {
                'x-amzn-query-error': `${service === 'sqs' ? 'RequestThrottled' : 'Throttling'};Sender`,
              }
            : {}),
        },
        body: JSON.stringify({ __type: type, message: 'Rate exceeded' }),
      };
    }
    case 'restJson1':
      // Lambda: TooManyRequestsException, HTTP 429, its type in X-Amzn-ErrorType.
      return {
        status: 429,
        headers: {
          'content-type': 'application/json',
          'x-amzn-errortype': 'TooManyRequestsException',
          'x-amzn-requestid': requestId,
        },
        body: JSON.stringify({
          Reason: 'CallerRateLimitExceeded',
          Type: 'User',
          message: 'Rate exceeded',
        }),
      };
    case 'rpcv2Cbor':
      // No client of the product speaks it against moto yet: answered as a plain 429.
      return {
        status: 429,
        headers: { 'smithy-protocol': 'rpc-v2-cbor', 'x-amzn-requestid': requestId },
        body: '',
      };
  }
}

/** A load balancer's own error page, in front of an API that is not answering. */
const BAD_GATEWAY_PAGE =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
  '<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';

/** `attempt=2; max=8` → true when this attempt is the call's last. */
function lastAttempt(req: IncomingMessage): boolean {
  const header = /attempt=(\d+);\s*max=(\d+)/.exec(String(req.headers['amz-sdk-request'] ?? ''));
  return header !== null && Number(header[1]) >= Number(header[2]);
}

/**
 * A loopback HTTP proxy in front of an emulator (moto) that answers a deterministic share of the
 * requests with throttling, each in its protocol's own error shape, and forwards the others.
 */
export async function startThrottlingProxy(
  target: string,
  options: ThrottlingProxyOptions = {},
): Promise<ThrottlingProxy> {
  const upstream = new URL(target);
  const throttle = options.throttle ?? THIRTY_PERCENT;
  let requests = 0;
  let requestsByProtocol: Partial<Record<AwsProtocol, number>> = {};
  let throttledByProtocol: Partial<Record<AwsProtocol, number>> = {};
  let throttledByOperation: Record<string, number> = {};
  let badGatewayByOperation: Record<string, number> = {};
  let forwardedByOperation: Record<string, number> = {};
  const count = (into: Record<string, number>, key: string) => {
    into[key] = (into[key] ?? 0) + 1;
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests += 1;
      const operation = operationOf(req, body);
      // moto's own control API is not AWS: never throttled nor counted.
      const aws = !req.url?.startsWith('/moto-api');
      const protocol = protocolOf(req, body);
      const index = requestsByProtocol[protocol] ?? 0;
      if (aws) requestsByProtocol[protocol] = index + 1;
      if (aws && options.badGateway?.(operation, req.url ?? '/')) {
        count(badGatewayByOperation, operation);
        res.writeHead(502, { 'content-type': 'text/html', server: 'awselb/2.0' });
        res.end(BAD_GATEWAY_PAGE);
        return;
      }
      if (aws && throttle(index, protocol) && !lastAttempt(req)) {
        const answer = throttlingAnswer(protocol, req, body);
        throttledByProtocol[protocol] = (throttledByProtocol[protocol] ?? 0) + 1;
        count(throttledByOperation, operation);
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
        return;
      }
      count(forwardedByOperation, operation);
      // The Host the client signed stays: moto builds the URLs it answers (SQS's QueueUrl) from
      // it, so that the client's next calls come back through the proxy.
      forward(upstream, req, res, body, req.headers);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return requests;
    },
    get requestsByProtocol() {
      return requestsByProtocol;
    },
    get throttledByProtocol() {
      return throttledByProtocol;
    },
    get throttledByOperation() {
      return throttledByOperation;
    },
    get badGatewayByOperation() {
      return badGatewayByOperation;
    },
    get forwardedByOperation() {
      return forwardedByOperation;
    },
    reset() {
      requests = 0;
      requestsByProtocol = {};
      throttledByProtocol = {};
      throttledByOperation = {};
      badGatewayByOperation = {};
      forwardedByOperation = {};
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
