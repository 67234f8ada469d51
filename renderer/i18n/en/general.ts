// English: The app's frame: language, date format, statuses, dialogs, and how errors and failed actions are worded.

export const generalText = {
  locale: 'en-GB',
  /** How date fields show a day (dd, mm, yyyy replaced). */
  dateFormat: 'dd/mm/yyyy',
  /** After the day in date-time fields (the embargo): the 24-hour time's placeholder. */
  timeFormat: 'hh:mm',
  /** Month names for languages the runtime cannot format dates in (see format.ts); null: use Intl. */
  months: null as readonly string[] | null,
  app: {
    newRelease: 'New release',
    uiLanguage: 'Interface language',
    history: 'Version history',
    loading: 'Loading…',
    import: 'Import',
    exportSettings: 'Export settings',
  },
  languages: { az: 'Azerbaijani', en: 'English', ru: 'Russian' },
  statuses: { draft: 'Draft', review: 'In review', approved: 'Approved', published: 'Published', archived: 'Archived' },
  dialog: { cancel: 'Cancel', ok: 'OK', dismiss: 'Dismiss', close: 'Close' },
  boundary: {
    title: 'Something went wrong in this part of Pressdesk',
    text: 'Your saved work is safe. Try again, or reload the window.',
    retry: 'Try again',
  },
  errors: {
    invalid: 'the data was not accepted',
    not_found: 'this release no longer exists',
    stale: 'this release was changed elsewhere',
    too_large: 'the text is too large to save',
    unavailable: 'a program this needs is missing on this computer',
    blocked: 'quality checks found errors',
    // hard-store: a damaged library opened as a read-only copy
    read_only: 'this library is a read-only copy: nothing can be changed, only read and exported',
    internal: 'an internal error occurred',
    offline: 'no connection to Pressdesk',
  },
  failures: {
    load: 'Could not load the releases',
    open: 'Could not open the release',
    create: 'Could not create a release',
    duplicate: 'Could not duplicate the release',
    trash: 'Could not move the release to the trash',
    restore: 'Could not restore the release',
    emptyTrash: 'Could not empty the trash',
    loadSettings: 'Could not load the settings',
    settings: 'Could not save the settings',
    revisions: 'Could not load the versions',
    restoreRevision: 'Could not restore the version',
    importRecord: 'Could not load the import changes',
    reapply: 'Could not clean the text again',
    export: 'Could not export the release',
    copy: 'Could not copy the HTML',
  },
};
