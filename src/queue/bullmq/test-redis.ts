import { createConnection } from 'node:net';

/** The Redis the tests use: TEST_REDIS_URL, or the CI machine's. */
export function testRedisUrl(): string {
  return process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/** Why Redis does not answer at `url` (a PING over TCP), or null when it does. */
export async function redisUnavailable(url: string): Promise<string | null> {
  const { hostname, port } = new URL(url);
  const host = hostname || '127.0.0.1';
  const answer = await new Promise<string>((resolve) => {
    const socket = createConnection({ host, port: Number(port || 6379) });
    const done = (result: string) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(2_000, () => done('no answer within 2 s'));
    socket.once('error', (error) => done(error.message));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString('utf8')));
  });
  if (answer.startsWith('+PONG') || answer.startsWith('-NOAUTH')) return null;
  return `Redis does not answer at ${host}:${port || 6379} (${answer.trim()}); set TEST_REDIS_URL`;
}
