import { describe, expect, it } from 'vitest';
import type { RegistryEntry } from '../../core/registry/types';
import { compileRegistry, findMentions, type Language } from '../../core/tagging/matcher';
import { azCaseSplits, azSuffixOk, ruFormOf } from '../../core/tagging/morphology';
import { splitWords } from '../../core/tagging/words';

// A small registry of our own, so these cases test the suffix rules and not the shipped lists.
function entry(key: string, kind: RegistryEntry['kind'], az: string, en: string, ru: string, aliases?: RegistryEntry['aliases']): RegistryEntry {
  return { key, kind, names: { az, en, ru }, ...(aliases && { aliases }) };
}
const REGISTRY: RegistryEntry[] = [
  entry('c:kz', 'country', 'Qazaxıstan', 'Kazakhstan', 'Казахстан'),
  entry('c:sg', 'country', 'Sinqapur', 'Singapore', 'Сингапур'),
  entry('c:ge', 'country', 'Gürcüstan', 'Georgia', 'Грузия'),
  entry('c:cn', 'country', 'Çin', 'China', 'Китай'),
  entry('c:om', 'country', 'Oman', 'Oman', 'Оман'),
  entry('c:cu', 'country', 'Kuba', 'Cuba', 'Куба'),
  entry('c:ml', 'country', 'Mali', 'Mali', 'Мали'),
  entry('c:ne', 'country', 'Niger', 'Niger', 'Нигер'),
  entry('c:td', 'country', 'Çad', 'Chad', 'Чад'),
  entry('c:ir', 'country', 'İran', 'Iran', 'Иран'),
  entry('c:iq', 'country', 'İraq', 'Iraq', 'Ирак'),
  entry('c:tr', 'country', 'Türkiyə', 'Türkiye', 'Турция'),
  entry('c:us', 'country', 'Amerika Birləşmiş Ştatları', 'United States', 'США', { az: ['ABŞ'], en: ['USA'], ru: ['США'] }),
  entry('c:ae', 'country', 'Birləşmiş Ərəb Əmirlikləri', 'United Arab Emirates', 'Объединённые Арабские Эмираты'),
  entry('c:cy', 'country', 'Kipr', 'Cyprus', 'Кипр'),
  entry('c:trnc', 'country', 'Şimali Kipr Türk Respublikası', 'Turkish Republic of Northern Cyprus', 'Турецкая Республика Северного Кипра'),
  entry('p:baku', 'place', 'Bakı', 'Baku', 'Баку'),
  entry('p:tbilisi', 'place', 'Tbilisi', 'Tbilisi', 'Тбилиси'),
  entry('p:moscow', 'place', 'Moskva', 'Moscow', 'Москва'),
  entry('p:london', 'place', 'London', 'London', 'Лондон'),
  entry('p:quba', 'place', 'Quba', 'Quba', 'Куба (город)'),
  entry('p:astana', 'place', 'Astana', 'Astana', 'Астана'),
  entry('o:interpol', 'organization', 'İnterpol', 'Interpol', 'Интерпол'),
  entry('o:un', 'organization', 'Birləşmiş Millətlər Təşkilatı', 'United Nations', 'Организация Объединённых Наций', { az: ['BMT'], en: ['UN'], ru: ['ООН'] }),
  entry('o:iap', 'organization', 'Beynəlxalq Prokurorlar Assosiasiyası', 'International Association of Prosecutors', 'Международная ассоциация прокуроров'),
  entry('o:pgo', 'organization', 'Baş Prokurorluq', "Prosecutor General's Office", 'Генеральная прокуратура'),
  entry('o:cis', 'organization', 'Müstəqil Dövlətlər Birliyi', 'Commonwealth of Independent States', 'Содружество Независимых Государств'),
  entry('e:cop29', 'event', 'COP29', 'COP29', 'COP29'),
  entry('x:aliyev', 'person', 'Kamran Əliyev', 'Kamran Aliyev', 'Камран Алиев'),
  entry('x:raisi', 'person', 'Al-Raisi', 'Al-Raisi', 'Аль-Раиси'),
];

function found(text: string, language: Language = 'az'): { key: string; text: string }[] {
  const nfc = text.normalize('NFC');
  return findMentions(splitWords(nfc), compileRegistry(REGISTRY), language)
    .filter((m) => !m.nested)
    .map((m) => ({ key: m.entry.key, text: nfc.slice(m.start, m.end) }));
}

// [word as written in a sentence, the entry it must be a form of]
// A table laid out by hand (a row per group, a line per entry); prettier would put one item per line.
// prettier-ignore
const AZ_FORMS: [string, string][] = [
  ['Qazaxıstanın', 'c:kz'], ['Qazaxıstana', 'c:kz'], ['Qazaxıstanda', 'c:kz'], ['Qazaxıstandan', 'c:kz'],
  ['Qazaxıstanı', 'c:kz'], ['Qazaxıstanla', 'c:kz'], ['Qazaxıstandakı', 'c:kz'], ['Qazaxıstanlı', 'c:kz'],
  ['Sinqapurun', 'c:sg'], ['Sinqapura', 'c:sg'], ['Sinqapurda', 'c:sg'],
  ['Gürcüstana', 'c:ge'], ['Gürcüstanın', 'c:ge'], ['Gürcüstanla', 'c:ge'],
  ['Çinin', 'c:cn'], ['Çinə', 'c:cn'], ['Çində', 'c:cn'], ['Çinli', 'c:cn'],
  ['Omanın', 'c:om'], ['Omana', 'c:om'],
  ['Kubanın', 'c:cu'], ['Kubaya', 'c:cu'], ['Qubanın', 'p:quba'], ['Qubada', 'p:quba'],
  ['Malinin', 'c:ml'], ['Maliyə', 'c:ml'],
  ['İranın', 'c:ir'], ['İrandan', 'c:ir'], ['İraqın', 'c:iq'], ['İraqda', 'c:iq'],
  ['Türkiyənin', 'c:tr'], ['Türkiyəyə', 'c:tr'], ['Türkiyədə', 'c:tr'], ['Türkiyədən', 'c:tr'], ['Türkiyəli', 'c:tr'],
  ['ABŞ-ın', 'c:us'], ['ABŞ-a', 'c:us'], ['ABŞ-da', 'c:us'],
  ['Birləşmiş Ərəb Əmirliklərinin', 'c:ae'], ['Birləşmiş Ərəb Əmirliklərinə', 'c:ae'], ['Birləşmiş Ərəb Əmirliklərində', 'c:ae'],
  ['Şimali Kipr Türk Respublikasından', 'c:trnc'], ['Şimali Kipr Türk Respublikasının', 'c:trnc'],
  ['Kiprin', 'c:cy'], ['Kiprdə', 'c:cy'],
  ['Bakıda', 'p:baku'], ['Bakının', 'p:baku'], ['Bakıya', 'p:baku'], ['Bakıdan', 'p:baku'], ['Bakıdakı', 'p:baku'],
  ['Tbilisiyə', 'p:tbilisi'], ['Tbilisinin', 'p:tbilisi'], ['Tbilisidə', 'p:tbilisi'],
  ['Moskvaya', 'p:moscow'], ['Moskvanın', 'p:moscow'], ['Moskvada', 'p:moscow'],
  ['Londonda', 'p:london'], ['Londona', 'p:london'], ['Londondakı', 'p:london'], ['Londonun', 'p:london'],
  ['Astanaya', 'p:astana'],
  ['İnterpolun', 'o:interpol'], ["İnterpol'un", 'o:interpol'], ['İnterpola', 'o:interpol'], ['İnterpolla', 'o:interpol'],
  ['BMT-nin', 'o:un'], ['BMT-yə', 'o:un'], ['BMT-də', 'o:un'],
  ['Beynəlxalq Prokurorlar Assosiasiyasının', 'o:iap'], ['Beynəlxalq Prokurorlar Assosiasiyasına', 'o:iap'], ['Beynəlxalq Prokurorlar Assosiasiyası ilə', 'o:iap'],
  ['Baş Prokurorluğun', 'o:pgo'], ['Baş Prokurorluğu', 'o:pgo'], ['Baş Prokurorluqdan', 'o:pgo'], ['Baş Prokurorluğunun', 'o:pgo'],
  ['Müstəqil Dövlətlər Birliyinin', 'o:cis'], ['Müstəqil Dövlətlər Birliyi', 'o:cis'],
  ['COP29-un', 'e:cop29'], ['COP29-a', 'e:cop29'],
  ['Kamran Əliyevin', 'x:aliyev'], ['Kamran Əliyevə', 'x:aliyev'], ['Kamran Əliyevlə', 'x:aliyev'], ['Kamran Əliyevvin', 'x:aliyev'],
  ['Al-Raisinin', 'x:raisi'], ['Al-Raisiyə', 'x:raisi'],
];

// Words that merely start like a name, or take a suffix the name cannot take.
const AZ_NOT_FORMS: [string, string][] = [
  ['Çinar', 'c:cn'],
  ['Omar', 'c:om'],
  ['Nigeriya', 'c:ne'],
  ['Çadır', 'c:td'],
  ['Maliyyə', 'c:ml'],
  ['mali', 'c:ml'],
  ['İranşahr', 'c:ir'],
  ['Bakıxanov', 'p:baku'],
  ['Kiprian', 'c:cy'],
  ['Qazaxıstanxx', 'c:kz'],
  ['Omanlıq', 'c:om'],
  ['Türkiyənn', 'c:tr'],
  ['Bakına', 'p:baku'],
  ['İnterpolçu', 'o:interpol'],
  ['bmt-nin', 'o:un'],
  ['Baş prokuror', 'o:pgo'],
  ['Kamran Əliyevsky', 'x:aliyev'],
  ['Moskvalılarxana', 'p:moscow'],
];

describe('Azerbaijani suffixes on registry names', () => {
  it.each(AZ_FORMS)('finds %s as a form of %s', (form, key) => {
    const mentions = found(`Xəbərə görə, ${form} barədə danışılıb.`);
    expect(mentions).toContainEqual({ key, text: form.replace(/ ilə$/, '') });
  });

  it.each(AZ_NOT_FORMS)('does not take %s for %s', (form, key) => {
    const mentions = found(`Xəbərə görə, ${form} barədə danışılıb.`);
    expect(mentions.map((m) => m.key)).not.toContain(key);
  });

  it('prefers the longest name: Şimali Kipr Türk Respublikası is not Kipr', () => {
    expect(found('Şimali Kipr Türk Respublikasının nümayəndələri gəlib.')).toEqual([{ key: 'c:trnc', text: 'Şimali Kipr Türk Respublikasının' }]);
  });

  it('reads the suffix chain with vowel harmony and buffer consonants', () => {
    expect(azSuffixOk('qazaxıstan', 'ın')).toBe(true);
    expect(azSuffixOk('qazaxıstan', 'in')).toBe(false);
    expect(azSuffixOk('bakı', 'ya')).toBe(true);
    expect(azSuffixOk('bakı', 'a')).toBe(false);
    expect(azSuffixOk('bakı', 'na')).toBe(false);
    expect(azSuffixOk('assosiasiyası', 'na', { izafet: true })).toBe(true);
    expect(azSuffixOk('azərbaycan', 'lıların')).toBe(true);
    expect(azSuffixOk('bmt', '-nin', { loose: true })).toBe(true);
  });

  it('takes a case suffix off an unknown name, longest first where both read', () => {
    const splits = (word: string) => azCaseSplits(word).map((s) => word.slice(0, s.stemLength));
    expect(splits('əliyevin')).toEqual(['əliyev']);
    expect(splits('qvarakidzenin')).toContain('qvarakidze');
    expect(splits('umiraliyevdən')).toEqual(['umiraliyev']);
    expect(splits('hill')).toEqual([]);
  });
});

describe('Russian and English forms', () => {
  const RU_FORMS: [string, string][] = [
    ['Казахстана', 'c:kz'],
    ['Казахстаном', 'c:kz'],
    ['Казахстане', 'c:kz'],
    ['Москве', 'p:moscow'],
    ['Москвы', 'p:moscow'],
    ['Интерпола', 'o:interpol'],
    ['Интерполом', 'o:interpol'],
    ['Грузии', 'c:ge'],
    ['Турцией', 'c:tr'],
    ['ООН', 'o:un'],
    ['Камрана Алиева', 'x:aliyev'],
    ['Камраном Алиевым', 'x:aliyev'],
  ];
  it.each(RU_FORMS)('finds %s as a form of %s', (form, key) => {
    expect(found(`Сообщается, что ${form} упоминали.`, 'ru')).toContainEqual({ key, text: form });
  });

  it('does not stretch an indeclinable or a different word', () => {
    expect(ruFormOf('баку', 'бака')).toBe(false);
    expect(ruFormOf('москва', 'москвич')).toBe(false);
    expect(found('Сообщается, что москвичи пришли.', 'ru')).toEqual([]);
  });

  it("finds English names with a possessive 's", () => {
    expect(found("Kazakhstan's Prosecutor General met Interpol in Moscow.", 'en')).toEqual([
      { key: 'c:kz', text: "Kazakhstan's" },
      { key: 'o:interpol', text: 'Interpol' },
      { key: 'p:moscow', text: 'Moscow' },
    ]);
    expect(found('Kazakhstani officials came.', 'en')).toEqual([]);
  });
});
