// People the service names again and again, with the spellings of their names in the three
// languages and their titles. Everyone else is proposed from context by the tagger.
import type { RegistryEntry } from './types';

type Person = Omit<RegistryEntry, 'kind'>;

const PEOPLE_LIST: Person[] = [
  {
    key: 'person:kamran-aliyev',
    names: { az: 'Kamran Əliyev', en: 'Kamran Aliyev', ru: 'Кямран Алиев' },
    // The office writes Кямран; Russian-language media often Камран.
    aliases: { ru: ['Камран Алиев'] },
    title: { az: 'Baş prokuror', en: 'Prosecutor General', ru: 'Генеральный прокурор' },
    affiliation: 'org:prosecutor-general',
  },
  {
    key: 'person:ilham-aliyev',
    names: { az: 'İlham Əliyev', en: 'Ilham Aliyev', ru: 'Ильхам Алиев' },
    title: { az: 'Prezident', en: 'President', ru: 'Президент' },
    affiliation: 'country:AZ',
  },
  {
    key: 'person:mehriban-aliyeva',
    names: { az: 'Mehriban Əliyeva', en: 'Mehriban Aliyeva', ru: 'Мехрибан Алиева' },
    aliases: { az: ['Mehriban xanım Əliyeva'] },
    title: { az: 'Birinci vitse-prezident', en: 'First Vice-President', ru: 'Первый вице-президент' },
    affiliation: 'country:AZ',
  },
  {
    key: 'person:heydar-aliyev',
    names: { az: 'Heydər Əliyev', en: 'Heydar Aliyev', ru: 'Гейдар Алиев' },
    title: { az: 'Ümummilli Lider', en: 'National Leader', ru: 'Общенациональный лидер' },
    affiliation: 'country:AZ',
  },
  {
    key: 'person:ali-asadov',
    names: { az: 'Əli Əsədov', en: 'Ali Asadov', ru: 'Али Асадов' },
    title: { az: 'Baş nazir', en: 'Prime Minister', ru: 'Премьер-министр' },
    affiliation: 'country:AZ',
  },
  {
    key: 'person:kassym-jomart-tokayev',
    names: { az: 'Kasım-Jomart Tokayev', en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
    title: { az: 'Prezident', en: 'President', ru: 'Президент' },
    affiliation: 'country:KZ',
  },
  {
    key: 'person:recep-tayyip-erdogan',
    names: { az: 'Rəcəb Tayyib Ərdoğan', en: 'Recep Tayyip Erdoğan', ru: 'Реджеп Тайип Эрдоган' },
    aliases: { az: ['Rəcəb Tayyib Erdoğan', 'Recep Tayyip Erdoğan'], en: ['Recep Tayyip Erdogan'] },
    title: { az: 'Prezident', en: 'President', ru: 'Президент' },
    affiliation: 'country:TR',
  },
  {
    key: 'person:shavkat-mirziyoyev',
    names: { az: 'Şavkat Mirziyoyev', en: 'Shavkat Mirziyoyev', ru: 'Шавкат Мирзиёев' },
    title: { az: 'Prezident', en: 'President', ru: 'Президент' },
    affiliation: 'country:UZ',
  },
  {
    key: 'person:sadyr-japarov',
    names: { az: 'Sadır Japarov', en: 'Sadyr Japarov', ru: 'Садыр Жапаров' },
    aliases: { az: ['Sadır Caparov'] },
    title: { az: 'Prezident', en: 'President', ru: 'Президент' },
    affiliation: 'country:KG',
  },
  {
    key: 'person:vladimir-putin',
    names: { az: 'Vladimir Putin', en: 'Vladimir Putin', ru: 'Владимир Путин' },
    title: { az: 'Prezident', en: 'President', ru: 'Президент' },
    affiliation: 'country:RU',
  },
];

export const PEOPLE: RegistryEntry[] = PEOPLE_LIST.map((person) => ({ ...person, kind: 'person' as const }));
