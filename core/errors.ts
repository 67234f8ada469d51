// A refusal that travels: an error carrying one of the contract's codes is answered by the dispatcher
// as an envelope with that code, and thrown again on the page as an ApiError with it. Any other error
// is a fault of the program: `internal`.
import type { ErrorCode } from './envelope';

export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Details the page may list (the failed checks of a transition, the QA errors…). */
    readonly issues?: string[],
  ) {
    super(message);
    this.name = 'CodedError';
  }
}
