import { CodedError } from '../core/errors';

export class NotFoundError extends CodedError {
  constructor(what: string, id: number) {
    super('not_found', `${what} ${id} does not exist`);
    this.name = 'NotFoundError';
  }
}

/** A save that started from an older revision counter than the stored one: someone saved in between. */
export class StaleRevisionError extends CodedError {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super('stale', `the release was saved elsewhere in the meantime (revision ${actual}, this edit started from ${expected})`);
    this.name = 'StaleRevisionError';
  }
}

/** A request the data makes impossible (translating a release into its own language, say). */
export class InvalidRequestError extends CodedError {
  constructor(message: string) {
    super('invalid', message);
    this.name = 'InvalidRequestError';
  }
}
