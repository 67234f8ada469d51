/** A change the signed-in user's role may not make (a translator saving a source release, say): answered `blocked`. */
export class TeamRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamRefusedError';
  }
}
