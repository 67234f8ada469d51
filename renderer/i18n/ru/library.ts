// Russian: The library: search, filters, the list, the trash.
import { ruRules as rules, countRu as count } from '../plural';
import { releases, words } from './nouns';
import type { libraryText as shape } from '../en/library';

export const libraryText: typeof shape = {
  library: {
    label: 'Пресс-релизы',
    search: 'Поиск по пресс-релизам',
    searchPlaceholder: 'Поиск…',
    filters: 'Фильтры',
    status: 'Статус',
    language: 'Язык',
    allStatuses: 'Все статусы',
    allLanguages: 'Все языки',
    dateFrom: 'Дата с',
    dateTo: 'Дата по',
    sort: 'Сортировка',
    sorts: { date: 'По дате релиза', title: 'По заголовку', updated: 'По изменению', relevance: 'По релевантности' },
    total: (n: number, capped: boolean) => (capped ? `Более ${count(n, 'пресс-релиза', 'пресс-релизов', 'пресс-релизов')}` : releases(n)),
    untitled: 'Без названия',
    noDate: 'Без даты',
    words,
    duplicate: 'Создать копию',
    trash: 'Переместить в корзину',
    loadMore: 'Показать ещё',
    empty: 'Пресс-релизов пока нет',
    emptyHint: 'Создайте первый кнопкой «Новый пресс-релиз».',
    noMatches: 'Ничего не найдено',
    noMatchesHint: 'Попробуйте другие слова или сбросьте фильтры.',
    clearFilters: 'Сбросить фильтры',
    trashView: 'Корзина',
    backToLibrary: 'К пресс-релизам',
    restore: 'Восстановить',
    emptyTrash: 'Очистить корзину',
    trashEmpty: 'Корзина пуста',
    trashEmptyHint: 'Пресс-релизы, перемещённые в корзину, хранятся здесь, пока вы её не очистите.',
    confirmEmptyTitle: 'Очистить корзину?',
    confirmEmptyText: (n: number) =>
      `${releases(n)} ${rules.select(n) === 'one' ? 'будет удалён' : 'будут удалены'} навсегда. Это действие нельзя отменить.`,
    confirmEmptyOk: 'Удалить навсегда',
    deletedOn: (date: string) => `Удалён ${date}`,
    trashed: 'Пресс-релиз перемещён в корзину',
    restored: 'Пресс-релиз восстановлен',
    trashEmptied: (n: number) => `Удалено: ${releases(n)}`,
  },
};
