// Official spellings that the transliteration rules do not produce. They override the rules: a
// whole name first, then a single word. Whole names are for spellings one person uses (Кямран
// Алиев, the Prosecutor General; Teimour Radjabov); single words for a settled form of a given
// name or surname whoever bears it (Муслим, Рамиль). Sources: the people's own usage and official
// sites (president.az, prosecutor's office, ministries).
import { nameKey, type NameTarget } from './transliterate';

const EN: [string, string][] = [
  ['Hikmət Hacıyev', 'Hikmet Hajiyev'],
  ['Fikrət Əmirov', 'Fikret Amirov'],
  ['Hacıbala Abutalıbov', 'Hajibala Abutalybov'],
  ['Teymur Rəcəbov', 'Teimour Radjabov'],
  ['Şəhriyar Məmmədyarov', 'Shakhriyar Mamedyarov'],
  ['Müslüm Maqomayev', 'Muslim Magomayev'],
  ['Emin Ağalarov', 'Emin Agalarov'],
  ['Cəfər Cabbarlı', 'Jafar Jabbarly'],
  ['Səməd Vurğun', 'Samad Vurgun'],
  ['Əbülfəz Elçibəy', 'Abulfaz Elchibey'],
];

const RU: [string, string][] = [
  ['Kamran Əliyev', 'Кямран Алиев'],
  ['Ramiz Mehdiyev', 'Рамиз Мехтиев'],
  ['Rəşid Behbudov', 'Рашид Бейбутов'],
  ['Qara Qarayev', 'Кара Караев'],
  ['Tofiq Quliyev', 'Тофик Кулиев'],
  ['Kəmaləddin Heydərov', 'Кямаледдин Гейдаров'],
  ['Müslüm', 'Муслим'],
  ['Ramil', 'Рамиль'],
  ['Səməd', 'Самед'],
  ['Əbülfəz', 'Абульфаз'],
  ['Elçibəy', 'Эльчибей'],
];

const table = (rows: [string, string][]) => new Map(rows.map(([az, target]) => [nameKey(az), target]));

export const NAME_EXCEPTIONS: Record<NameTarget, Map<string, string>> = { en: table(EN), ru: table(RU) };
