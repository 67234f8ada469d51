// Russian: The app's frame: language, date format, statuses, dialogs, and how errors and failed actions are worded.
import type { generalText as shape } from '../en/general';

export const generalText: typeof shape = {
  locale: 'ru',
  /** How date fields show a day (dd, mm, yyyy replaced). */
  dateFormat: 'dd.mm.yyyy',
  /** After the day in date-time fields (the embargo): the 24-hour time's placeholder. */
  timeFormat: 'чч:мм',
  months: null,
  app: {
    newRelease: 'Новый пресс-релиз',
    uiLanguage: 'Язык интерфейса',
    history: 'История версий',
    loading: 'Загрузка…',
    import: 'Импорт',
    exportSettings: 'Настройки экспорта',
  },
  languages: { az: 'Азербайджанский', en: 'Английский', ru: 'Русский' },
  statuses: { draft: 'Черновик', review: 'На проверке', approved: 'Утверждён', published: 'Опубликован', archived: 'В архиве' },
  dialog: { cancel: 'Отмена', ok: 'ОК', dismiss: 'Закрыть', close: 'Закрыть' },
  boundary: {
    title: 'В этой части Pressdesk произошла ошибка',
    text: 'Сохранённая работа не пострадала. Попробуйте ещё раз или перезагрузите окно.',
    retry: 'Попробовать снова',
  },
  errors: {
    invalid: 'данные не приняты',
    not_found: 'этого пресс-релиза больше нет',
    stale: 'этот пресс-релиз изменён в другом месте',
    too_large: 'текст слишком большой для сохранения',
    unavailable: 'на этом компьютере нет нужной для этого программы',
    // hard-store: a damaged library opened as a read-only copy
    read_only: 'эта библиотека — копия только для чтения: ничего нельзя изменить, можно только читать и экспортировать',
    blocked: 'проверка качества нашла ошибки',
    internal: 'произошла внутренняя ошибка',
    offline: 'нет связи с Pressdesk',
  },
  failures: {
    load: 'Не удалось загрузить пресс-релизы',
    open: 'Не удалось открыть пресс-релиз',
    create: 'Не удалось создать пресс-релиз',
    duplicate: 'Не удалось создать копию',
    trash: 'Не удалось переместить пресс-релиз в корзину',
    restore: 'Не удалось восстановить пресс-релиз',
    emptyTrash: 'Не удалось очистить корзину',
    loadSettings: 'Не удалось загрузить настройки',
    settings: 'Не удалось сохранить настройки',
    revisions: 'Не удалось загрузить версии',
    restoreRevision: 'Не удалось восстановить версию',
    importRecord: 'Не удалось загрузить изменения при импорте',
    reapply: 'Не удалось заново очистить текст',
    export: 'Не удалось экспортировать пресс-релиз',
    copy: 'Не удалось скопировать HTML',
  },
};
