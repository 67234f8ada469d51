// Synthetic press releases for the library benchmark. The text is word salad, but built from real
// Azerbaijani words of prosecutor's-office releases (inflected forms included) drawn with Zipf-like
// frequencies, so the full-text index sees what it would see in a real library: a few very common
// terms, a long middle, and rare words. Everything derives from (seed, index), so release i is the
// same whatever the library size or batch size.
import type { DocNode, Language, ReleaseFields, Status } from '../../core/api';
import { mulberry32 } from '../helpers/prng';

/** Independent streams per release: neighbouring indexes must not give correlated sequences. */
function mix(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// Most frequent first: the position is the Zipf rank. Multi-word entries keep set phrases together
// ("nümayəndə heyəti", "Baş Prokurorluğu") so phrase queries have real bigrams to find.
const AZ_VOCABULARY = `
və|ilə|prokurorluğu|Baş|üzrə|nümayəndə heyəti|bu|haqqında|əməkdaşlıq|Respublikasının|olunub|Azərbaycan
|görüş|də|da|beynəlxalq|çərçivəsində|cinayət|üçün|hüquq-mühafizə orqanları|arasında|tərəfindən|müzakirə
|həmçinin|keçirilib|Bakı|bildirib|Prokuroru|sahəsində|zamanı|olan|Əliyev|Kamran|qeyd edib|məsələlər
|səfəri|görüşdə|nümayəndə heyətinin|Bakıda|Özbəkistan|Qazaxıstan|əməkdaşlığın|mühüm|qarşılıqlı|vurğulayıb
|prokurorluq orqanlarının|isə|sonra|ikitərəfli|Prokurorluğunun|rəsmi|səfər|Türkiyə|maraq doğuran|inkişafı
|İnterpol|ölkələrimiz|münasibətlər|hüquqi yardım|diqqətə çatdırıb|iki|ölkə|korrupsiyaya qarşı|mübarizə
|istintaq|təcrübə mübadiləsi|ki|daha|məlumat verib|Respublikası|Prezidenti|İlham|dövlət|həyata keçirilən
|tədbirlər|Özbəkistan Respublikasının|Qazaxıstan Respublikasının|nümayəndə|heyəti|görüşü|təhlükəsizlik
|əməkdaşlığın genişləndirilməsi|imzalanıb|memorandum|sazişi|cinayətkarlığa|transmilli|mütəşəkkil|terrorçuluq
|narkotik vasitələrin|qanunsuz dövriyyəsi|insan alverinə|kibercinayətkarlıq|çirkli pulların yuyulmasına
|hər|bütün|yeni|əsas|xüsusi|müxtəlif|geniş|ətraflı|il|ərzində|ildə|dostluq|tərəfdaşlıq|strateji
|çoxtərəfli|regional|sabitlik|qanunçuluğun|möhkəmləndirilməsi|insan hüquqlarının|müdafiəsi|təmin edilməsi
|islahatlar|qanunvericilik|fəaliyyəti|fəaliyyətinin|nəticələri|prioritet|istiqamətlər|perspektivləri
|görüşmüşdür|qəbul edib|salamlayıb|təşəkkürünü bildirib|əminliyini ifadə edib|ümidvar olduğunu|arzulayıb
|iştirak edib|çıxış edib|tanış olub|təqdim olunub|bildirilib|vurğulanıb|qeyd olunub|diqqətə çatdırılıb
|Nazirliyi|Nazirliyinin|Daxili İşlər|Ədliyyə|Dövlət Təhlükəsizliyi Xidməti|Ali Məhkəmə|Milli Məclis
|Korrupsiyaya qarşı Mübarizə Baş İdarəsi|idarəsinin|rəisi|şöbəsinin|müavini|Baş Prokurorun müavini
|prokurorluğuna|prokurorluqda|prokuror|prokurorun|prokurorları|prokurorluq|Prokurorluğu|Baş Prokurorluğu
|Türkiyə Respublikasının|Türkiyənin|Qazaxıstanın|Özbəkistanın|Gürcüstan|Gürcüstanın|Rusiya Federasiyasının
|Ukrayna|Belarus|Qırğızıstan|Tacikistan|Türkmənistan|Çin Xalq Respublikasının|İtaliya|Almaniya|Fransa
|Macarıstan|Polşa|Rumıniya|Bolqarıstan|Serbiya|Latviya|Litva|Estoniya|Pakistan|Misir|Qətər
|Birləşmiş Ərəb Əmirlikləri|Səudiyyə Ərəbistanı|Cənubi Koreya|Yaponiya|İsveçrə|Avstriya|Moldova|Monqolustan
|İnterpolun|Avropol|Avropa Şurası|Avropa İttifaqı|BMT-nin|ATƏT-in|MDB|Türk Dövlətləri Təşkilatı
|Şanxay Əməkdaşlıq Təşkilatı|Beynəlxalq Prokurorlar Assosiasiyası|Astana|Astanada|Daşkənd|Daşkənddə
|Ankara|Ankarada|Tbilisi|Tbilisidə|Moskva|Bakıya|Bakının|Gəncə|Sumqayıt|Naxçıvan|Şuşa|Şuşada|Xankəndi
|Ağdam|Füzuli|Lənkəran|Şəki|Quba|Mingəçevir|Heydər|Əliyevin|Azərbaycanın|Azərbaycanda|ölkəmizin
|ölkələr|xalqlar|dövlətlər|münasibətlərinin|əlaqələrin|əlaqələri|inkişafına|töhfə|verəcək|səmərəli
|uğurlu|yüksək|səviyyədə|razılıq|əldə olunub|razılaşdırılıb|qərara alınıb|protokol|anlaşma memorandumu
|imzalanması|layihəsi|proqramı|planı|tədbir|tədbirdə|konfrans|konfransda|seminar|seminarda|təlim
|təlim kursu|iclas|iclasında|kollegiya|kollegiyasının|hesabat|müraciət|müraciətlər|vətəndaşların
|vətəndaş|qəbulu|şikayət|ərizə|istintaqı|istintaq hərəkətləri|təhqiqat|ittiham|ittiham aktı|şəxs
|şəxslər|şəxsin|təqsirləndirilən|şübhəli|həbs edilib|həbs qətimkan tədbiri|məhkəməyə|məhkəmə|hökm
|cəza|Cinayət Məcəlləsinin|maddəsi ilə|cinayət işi başlanılıb|cinayət işinin|cinayət işləri|araşdırma
|aparılır|aşkar edilib|müəyyən edilib|faktı üzrə|ekspertiza|sübutlar|materiallar|sənədlər|axtarışda
|ekstradisiya|qaytarılması|təhvil verilib|ölkəyə|gətirilib|dələduzluq|mənimsəmə|rüşvət|vəzifə
|səlahiyyətlərindən|sui-istifadə|ziyan|vurulmuş|manat|məbləğində|ödənilib|bərpa edilib|dövlət büdcəsinə
|qanunçuluğa|əməl olunması|nəzarət|prokuror nəzarəti|yoxlama|nəticəsində|pozuntular|aradan qaldırılması
|tədbirlər görülüb|təqdimat|göndərilib|ictimaiyyət|ictimaiyyətin|mətbuat xidməti|məlumat|kütləvi informasiya
|vasitələri|jurnalistlər|brifinq|bəyanat|müsahibə|gənc|kadrlar|hazırlanması|ixtisasartırma|Akademiyası
|Ədliyyə Akademiyasında|universiteti|tələbələr|məktəb|yubiley|ildönümü|münasibətilə|təbrik|mükafat
|fəxri fərman|təltif|olunublar|xatirə|Vətən müharibəsi|şəhidlərin|xatirəsi|ehtiramla|yad edilib
|Xocalı soyqırımı|işğaldan|azad edilmiş|ərazilərdə|mina|təhlükəsi|hərbi cinayətlər|beynəlxalq humanitar hüquq
|normalarının|pozulması|məsuliyyətə cəlb edilməsi|ədalət mühakiməsi|hüquqların|qorunması|uşaqların
|qadınların|ailə|məişət zorakılığı|yetkinlik yaşına çatmayanların|ekoloji|təbiət|mühafizəsi|vergi
|gömrük|sərhəd|miqrasiya|rəqəmsal|texnologiyalar|elektron|sistem|platforma|məlumat bazası|mübadilə
`
  .split('|')
  .map((w) => w.trim())
  .filter(Boolean);

const EN_VOCABULARY = `
the|of|and|Prosecutor General|delegation|cooperation|meeting|Azerbaijan|Republic of|with|international
|in the field of|law enforcement|agencies|discussed|held|visit|Baku|issues of mutual interest|crime
|Office|was|criminal|investigation|mutual legal assistance|memorandum|signed|countries|bilateral
|relations|corruption|fight against|terrorism|drug trafficking|human trafficking|cybercrime|Kazakhstan
|Uzbekistan|Turkey|Interpol|Europol|Council of Europe|experience|exchange|noted|stressed|expressed
|gratitude|further|development|strengthening|training|conference|seminar|official|press service|justice
`
  .split('|')
  .map((w) => w.trim())
  .filter(Boolean);

const RU_VOCABULARY = `
и|в|с|Генеральный прокурор|делегация|сотрудничество|встреча|Азербайджан|Республики|по|международное
|в сфере|правоохранительных органов|обсуждены|состоялась|визит|Баку|вопросы|взаимного интереса|преступность
|прокуратура|уголовное дело|расследование|правовой помощи|меморандум|подписан|стран|двусторонних
|отношений|коррупцией|борьба с|терроризмом|наркотиков|торговлей людьми|киберпреступностью|Казахстана
|Узбекистана|Турции|Интерпол|Европол|Совета Европы|опытом|обмен|отметил|подчеркнул|выразил
|благодарность|дальнейшего|развития|укрепления|обучения|конференция|семинар|официальный|пресс-служба
`
  .split('|')
  .map((w) => w.trim())
  .filter(Boolean);

/**
 * Words outside the vocabulary, each put into about RARE_RELEASES releases whatever the library
 * size, for the rare-word search. "ekstradisiya" is deliberately not among them: it is a common word.
 */
export const RARE_WORDS = ['kriptovalyuta', 'Monteneqro', 'qaçaqmalçılıq'] as const;
const RARE_RELEASES = 20;
const AZ_SHARE = 0.9;

// Zipf–Mandelbrot: weight 1/(rank + 3.7)^1.1 keeps the top word near 5% of the text, as in real prose.
// Drawn with Vose's alias method: tens of millions of draws, and a binary search over the cumulative
// weights mispredicts a branch at every step.
function sampler(words: readonly string[]): (random: () => number) => string {
  const n = words.length;
  const weights = words.map((_, rank) => 1 / Math.pow(rank + 3.7, 1.1));
  const total = weights.reduce((a, b) => a + b, 0);
  const scaled = weights.map((w) => (w * n) / total);
  const threshold = new Float64Array(n).fill(1);
  const alias = new Uint32Array(n).map((_, i) => i);
  const small = scaled.flatMap((p, i) => (p < 1 ? [i] : []));
  const large = scaled.flatMap((p, i) => (p >= 1 ? [i] : []));
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large[large.length - 1];
    threshold[s] = scaled[s];
    alias[s] = l;
    scaled[l] -= 1 - scaled[s];
    if (scaled[l] < 1) small.push(large.pop()!);
  }
  return (random) => {
    const u = random() * n;
    const column = Math.floor(u);
    return words[u - column < threshold[column] ? column : alias[column]];
  };
}

const SAMPLERS: Record<Language, (random: () => number) => string> = {
  az: sampler(AZ_VOCABULARY),
  en: sampler(EN_VOCABULARY),
  ru: sampler(RU_VOCABULARY),
};

// toLocaleUpperCase('az') goes through ICU on every sentence, a fifth of generation time; only i needs the locale.
function capitalise(word: string, language: Language): string {
  const first = word[0];
  return (first === 'i' && language === 'az' ? 'İ' : first.toUpperCase()) + word.slice(1);
}

const DATELINES = ['Bakı', 'Bakı', 'Bakı', 'Bakı', 'Gəncə', 'Sumqayıt', 'Naxçıvan', 'Şuşa', 'Astana', 'Daşkənd', 'Ankara'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = (Date.UTC(2026, 11, 31) - FIRST_DAY) / DAY_MS + 1;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const WORDS_IN = new Map([...AZ_VOCABULARY, ...EN_VOCABULARY, ...RU_VOCABULARY].map((e) => [e, e.split(' ').length]));

class Writer {
  private readonly sample: (random: () => number) => string;
  constructor(
    private readonly random: () => number,
    private readonly language: Language,
  ) {
    this.sample = SAMPLERS[language];
  }

  /** At least `min` and about `max` words (set phrases may overshoot by a word or two). */
  phrase(min: number, max: number): string {
    const parts: string[] = [];
    this.words(parts, min, max);
    return parts.join(' ');
  }

  /** `count` sentences, or fewer once `budget` words are written. */
  sentences(count: number, budget = Infinity): { text: string; words: number } {
    const parts: string[] = [];
    let words = 0;
    for (let i = 0; i < count && words < budget; i++) {
      words += this.words(parts, 8, 25);
      parts[parts.length - 1] += '.';
    }
    return { text: parts.join(' '), words };
  }

  /** Appends a capitalised run of words to `parts`; returns how many words it wrote. */
  private words(parts: string[], min: number, max: number): number {
    const target = between(this.random, min, max);
    let words = 0;
    let previous = '';
    while (words < target) {
      let entry = this.sample(this.random);
      if (entry === previous) entry = this.sample(this.random);
      previous = entry;
      const count = WORDS_IN.get(entry)!;
      if (words === 0) entry = capitalise(entry, this.language);
      else if (words > 2 && words < target - 2 && this.random() < 0.06) entry += ',';
      parts.push(entry);
      words += count;
    }
    return words;
  }
}

function textNode(text: string): DocNode {
  return { type: 'text', text };
}

function body(random: () => number, writer: Writer, rareWords: string[]): ReleaseFields['body'] {
  const target = between(random, 300, 800);
  const content: DocNode[] = [];
  let words = 0;
  while (words < target) {
    if (content.length > 0 && random() < 0.06) {
      content.push({ type: 'heading', attrs: { level: 2 }, content: [textNode(writer.phrase(3, 7))] });
    }
    const paragraph = writer.sentences(between(random, 3, 6), target - words);
    content.push({ type: 'paragraph', content: [textNode(paragraph.text)] });
    words += paragraph.words;
  }
  for (const rare of rareWords) {
    const paragraphs = content.filter((node) => node.type === 'paragraph');
    const node = pick(random, paragraphs).content![0];
    const sentences = node.text!.split('. ');
    const at = Math.floor(random() * sentences.length);
    const tokens = sentences[at].split(' ');
    tokens.splice(1 + Math.floor(random() * (tokens.length - 1)), 0, rare);
    sentences[at] = tokens.join(' ');
    node.text = sentences.join('. ');
  }
  return { type: 'doc', content };
}

function language(random: () => number): Language {
  const r = random();
  return r < AZ_SHARE ? 'az' : r < 0.96 ? 'en' : 'ru';
}

function status(random: () => number): Status {
  const r = random();
  if (r < 0.7) return 'published';
  if (r < 0.8) return 'archived';
  if (r < 0.86) return 'approved';
  if (r < 0.92) return 'review';
  return 'draft';
}

export interface SyntheticRelease {
  fields: ReleaseFields;
  /** A plausible creation time (ms) near the release date, for createRelease's `now`. */
  createdAt: number;
}

/** Release number `index` of a library of `total` releases; the same for the same (seed, index, total). */
export function syntheticRelease(seed: number, index: number, total: number): SyntheticRelease {
  const random = mulberry32(mix(seed, index));
  const lang = language(random);
  const writer = new Writer(random, lang);
  const day = Math.floor(random() * DAYS);
  const st = status(random);
  const dated = st !== 'draft' || random() < 0.5;
  const rare = lang === 'az' ? RARE_WORDS.filter(() => random() < RARE_RELEASES / (total * AZ_SHARE)) : [];
  const createdAt = FIRST_DAY + day * DAY_MS + between(random, 8 * 3600, 19 * 3600) * 1000;
  return {
    createdAt,
    fields: {
      title: writer.phrase(6, 12),
      lead: writer.sentences(between(random, 1, 2)).text,
      dateline: pick(random, DATELINES),
      releaseDate: dated ? new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10) : null,
      language: lang,
      status: st,
      body: body(random, writer, rare),
    },
  };
}
