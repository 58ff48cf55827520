/** An error whose message is fit to show a user as it is: one line, no stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The configured adapters could not be opened (store, queue, sinks): the message says which and why. */
export class RuntimeError extends Error {}
