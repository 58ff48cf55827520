/** Test support for collectors: SDK-shaped errors and the IAM actions a mock saw. */

/** An SDK-shaped service error, as a mock rejects with. */
export function awsError(name: string, message = name, httpStatusCode = 400): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: 'client' as const,
    $metadata: { httpStatusCode },
  });
}

/** The IAM actions a mock saw, as `prefix:Operation`, sorted and unique. */
export function calledActions(
  prefix: string,
  calls: readonly { args: readonly unknown[] }[],
): string[] {
  return [
    ...new Set(
      calls.map((c) => {
        const command = c.args[0] as { constructor: { name: string } };
        return `${prefix}:${command.constructor.name.replace(/Command$/, '')}`;
      }),
    ),
  ].sort();
}
