import { CodedError } from '../../core/errors';

/** A change the signed-in user's role may not make (a translator saving a source release, say): answered `blocked`. */
export class TeamRefusedError extends CodedError {
  constructor(message: string) {
    super('blocked', message);
    this.name = 'TeamRefusedError';
  }
}
