/** A command line that cannot run as given: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

/** Whether a flag's text is one of `values`, so that it can be passed on as one of them. */
export function isOneOf<T extends string>(values: readonly T[], text: string | undefined): text is T {
  return text !== undefined && (values as readonly string[]).includes(text);
}
