// Azerbaijani: The app's frame: language, date format, statuses, dialogs, and how errors and failed actions are worded.
import type { generalText as shape } from '../en/general';

export const generalText: typeof shape = {
  locale: 'az',
  /** How date fields show a day (dd, mm, yyyy replaced). */
  dateFormat: 'dd.mm.yyyy',
  /** After the day in date-time fields (the embargo): the 24-hour time's placeholder. */
  timeFormat: 'ss:dd',
  months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  app: {
    newRelease: 'Yeni press-reliz',
    uiLanguage: 'İnterfeys dili',
    history: 'Versiya tarixçəsi',
    loading: 'Yüklənir…',
    import: 'İdxal et',
    exportSettings: 'İxrac ayarları',
  },
  languages: { az: 'Azərbaycan dili', en: 'İngilis dili', ru: 'Rus dili' },
  statuses: { draft: 'Qaralama', review: 'Yoxlamada', approved: 'Təsdiqlənib', published: 'Dərc olunub', archived: 'Arxivdə' },
  dialog: { cancel: 'Ləğv et', ok: 'OK', dismiss: 'Bağla', close: 'Bağla' },
  boundary: {
    title: 'Pressdesk-in bu hissəsində xəta baş verdi',
    text: 'Saxlanmış işiniz qorunur. Yenidən cəhd edin və ya pəncərəni yenidən yükləyin.',
    retry: 'Yenidən cəhd et',
  },
  errors: {
    invalid: 'məlumat qəbul edilmədi',
    not_found: 'bu press-reliz artıq mövcud deyil',
    stale: 'bu press-reliz başqa yerdə dəyişdirilib',
    too_large: 'mətn saxlamaq üçün çox böyükdür',
    unavailable: 'bunun üçün lazım olan proqram bu kompüterdə yoxdur',
    // hard-store: a damaged library opened as a read-only copy
    read_only: 'bu kitabxana yalnız oxunan surətdir: heç nə dəyişdirilə bilməz, yalnız oxumaq və ixrac etmək olar',
    blocked: 'keyfiyyət yoxlaması səhvlər tapdı',
    internal: 'daxili xəta baş verdi',
    offline: 'Pressdesk ilə əlaqə yoxdur',
  },
  failures: {
    load: 'Press-relizləri yükləmək alınmadı',
    open: 'Press-relizi açmaq alınmadı',
    create: 'Press-reliz yaratmaq alınmadı',
    duplicate: 'Surət çıxarmaq alınmadı',
    trash: 'Press-relizi zibil qutusuna atmaq alınmadı',
    restore: 'Press-relizi bərpa etmək alınmadı',
    emptyTrash: 'Zibil qutusunu boşaltmaq alınmadı',
    loadSettings: 'Ayarları yükləmək alınmadı',
    settings: 'Ayarları saxlamaq alınmadı',
    revisions: 'Versiyaları yükləmək alınmadı',
    restoreRevision: 'Versiyanı bərpa etmək alınmadı',
    importRecord: 'İdxal zamanı edilən dəyişiklikləri yükləmək alınmadı',
    reapply: 'Mətni yenidən təmizləmək alınmadı',
    export: 'Press-relizi ixrac etmək alınmadı',
    copy: 'HTML-i kopyalamaq alınmadı',
  },
};
