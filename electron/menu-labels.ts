// Native menu and context-menu words in the UI languages. Role items get labels too: Electron's
// defaults are English whatever the chosen language.
import type { Language } from '../core/api';

export interface MenuLabels {
  file: string;
  newRelease: string;
  importFiles: string;
  saveRevision: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  find: string;
  reload: string;
  devTools: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  window: string;
  minimize: string;
  close: string;
  help: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  addToDictionary: string;
  noSuggestions: string;
  /** hard-store: the question before a link leaves for the default browser. */
  openLinkQuestion: string;
  openLink: string;
  cancel: string;
  readOnlyCopy: string;
  quitApp: string;
}

export const MENU_LABELS: Record<Language, MenuLabels> = {
  az: {
    file: 'Fayl',
    newRelease: 'Yeni press-reliz',
    importFiles: 'İdxal et…',
    saveRevision: 'Versiyanı saxla',
    quit: 'Çıxış',
    edit: 'Redaktə',
    undo: 'Geri qaytar',
    redo: 'Təkrarla',
    cut: 'Kəs',
    copy: 'Kopyala',
    paste: 'Yapışdır',
    selectAll: 'Hamısını seç',
    view: 'Görünüş',
    find: 'Axtar',
    reload: 'Yenidən yüklə',
    devTools: 'Tərtibatçı alətləri',
    actualSize: 'Həqiqi ölçü',
    zoomIn: 'Yaxınlaşdır',
    zoomOut: 'Uzaqlaşdır',
    fullScreen: 'Tam ekran',
    window: 'Pəncərə',
    minimize: 'Kiçilt',
    close: 'Pəncərəni bağla',
    help: 'Kömək',
    about: 'Pressdesk haqqında',
    services: 'Xidmətlər',
    hide: 'Pressdesk-i gizlət',
    hideOthers: 'Digərlərini gizlət',
    showAll: 'Hamısını göstər',
    addToDictionary: 'Lüğətə əlavə et',
    noSuggestions: 'Təklif yoxdur',
    openLinkQuestion: 'Bu ünvan brauzerdə açılsın?',
    openLink: 'Aç',
    cancel: 'İmtina',
    readOnlyCopy: 'Surəti yalnız oxumaq üçün aç',
    quitApp: 'Çıx',
  },
  en: {
    file: 'File',
    newRelease: 'New Release',
    importFiles: 'Import…',
    saveRevision: 'Save Revision',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    find: 'Find',
    reload: 'Reload',
    devTools: 'Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close Window',
    help: 'Help',
    about: 'About Pressdesk',
    services: 'Services',
    hide: 'Hide Pressdesk',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    addToDictionary: 'Add to Dictionary',
    noSuggestions: 'No Suggestions',
    openLinkQuestion: 'Open this address in your browser?',
    openLink: 'Open',
    cancel: 'Cancel',
    readOnlyCopy: 'Open a read-only copy',
    quitApp: 'Quit',
  },
  ru: {
    file: 'Файл',
    newRelease: 'Новый пресс-релиз',
    importFiles: 'Импорт…',
    saveRevision: 'Сохранить версию',
    quit: 'Выход',
    edit: 'Правка',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    selectAll: 'Выделить всё',
    view: 'Вид',
    find: 'Найти',
    reload: 'Перезагрузить',
    devTools: 'Инструменты разработчика',
    actualSize: 'Фактический размер',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    fullScreen: 'Полноэкранный режим',
    window: 'Окно',
    minimize: 'Свернуть',
    close: 'Закрыть окно',
    help: 'Справка',
    about: 'О программе Pressdesk',
    services: 'Службы',
    hide: 'Скрыть Pressdesk',
    hideOthers: 'Скрыть остальные',
    showAll: 'Показать все',
    addToDictionary: 'Добавить в словарь',
    noSuggestions: 'Нет вариантов',
    openLinkQuestion: 'Открыть этот адрес в браузере?',
    openLink: 'Открыть',
    cancel: 'Отмена',
    readOnlyCopy: 'Открыть копию только для чтения',
    quitApp: 'Выйти',
  },
};
