export class NotFoundError extends Error {
  constructor(what: string, id: number) {
    super(`${what} ${id} does not exist`);
    this.name = 'NotFoundError';
  }
}

/** A save that started from an older revision counter than the stored one: someone saved in between. */
export class StaleRevisionError extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`the release was saved elsewhere in the meantime (revision ${actual}, this edit started from ${expected})`);
    this.name = 'StaleRevisionError';
  }
}

/** A request the data makes impossible (translating a release into its own language, say). */
export class InvalidRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRequestError';
  }
}
