/** A command line that cannot run as given: printed with the usage text, exit code 2. */
export class UsageError extends Error {}
