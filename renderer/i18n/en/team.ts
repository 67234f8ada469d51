// English: Team mode: connecting to the office, the link, presence, back to review.

export const teamText = {
  team: {
    connect: 'Connect to the office',
    connectTitle: 'Connect to the office',
    connectHint: 'Your releases are then shared with the office: everyone edits the same text, also offline. The password is not kept; the sign-in is.',
    server: 'Office server address',
    user: 'User name',
    password: 'Password',
    connectOk: 'Connect',
    connecting: 'Connecting…',
    wrongPassword: 'Wrong user name or password.',
    unreachable: 'The office server cannot be reached at this address.',
    refused: 'The shared texts refused this window: reload it.',
    opening: 'Opening the shared text…',
    link: { online: 'online', offline: 'offline', reconnecting: 'reconnecting…' } as Record<'online' | 'offline' | 'reconnecting', string>,
    linkHint: {
      online: 'Connected to the office: changes reach everyone at once.',
      offline: 'The office cannot be reached: changes are kept on this computer and sent when it is back.',
      reconnecting: 'Connecting again…',
    } as Record<'online' | 'offline' | 'reconnecting', string>,
    editing: (names: string[]) => `Open now: ${names.join(', ')}`,
    returnedToReview: (names: string[]) =>
      names.length ? `Edited by ${names.join(', ')} after approval: the release is back in review.` : 'Edited after approval: the release is back in review.',
    dismiss: 'OK',
  },
};
