import { describe, expect, it } from 'vitest';
import { ORGANIZATIONS } from '../../core/registry/organizations';
import { PEOPLE } from '../../core/registry/people';
import { SHIPPED_REGISTRY } from '../../core/registry/shipped';
import { fold } from '../../core/fold';
import { tagText, type TagDelegation, type TagResult } from '../../core/tagging/tag-text';

const REGISTRY = SHIPPED_REGISTRY;

/** The result with delegations in the CLI's shape; the sentence each was read from is tested on its own. */
function tag(text: string, language: 'az' | 'en' | 'ru' = 'az'): Omit<TagResult, 'delegations'> & { delegations: TagDelegation[] } {
  const result = tagText(text, REGISTRY, { language });
  return { ...result, delegations: result.delegations.map(({ sentence: _sentence, ...d }) => d) };
}

function entity(result: Pick<TagResult, 'entities'>, name: string) {
  return result.entities.find((e) => e.az === name || e.en === name);
}

describe('proposing new people', () => {
  it('takes a titled name, strips its case suffix and finds it again without the title', () => {
    const result = tag(
      'Gürcüstanın Baş prokuroru Giorgi Qvarakidzenin rəhbərlik etdiyi nümayəndə heyəti Bakıya səfərə gəlib. ' +
        'Görüşdə Giorgi Qvarakidze əməkdaşlığın vacibliyini vurğulayıb.',
    );
    const person = entity(result, 'Giorgi Qvarakidze');
    // Russian from Azerbaijani spelling is the transliteration rules' (core/translate); q before a
    // consonant reads к there, which a Georgian name's official Гваракидзе would need as an exception.
    expect(person).toMatchObject({ key: null, kind: 'person', en: 'Giorgi Gvarakidze', ru: expect.stringMatching(/^Гиорги [ГК]варакидзе$/) });
    expect(person!.mentions.map((m) => m.text)).toEqual(['Giorgi Qvarakidzenin', 'Giorgi Qvarakidze']);
    expect(result.delegations).toEqual([{ party: 'Georgia', head: 'Giorgi Gvarakidze', role: 'Gürcüstanın Baş prokuroru', direction: 'incoming' }]);
  });

  it('reads foreign names with particles and hyphens, and ambassadors met at home', () => {
    const result = tag('Baş prokuror Böyük Britaniyanın Azərbaycandakı səfiri Ceyms Braun ilə görüşüb.');
    expect(entity(result, 'Ceyms Braun')).toMatchObject({ en: 'James Braun', ru: 'Джеймс Браун' });
    expect(result.delegations).toEqual([
      { party: 'United Kingdom', head: 'James Braun', role: 'Böyük Britaniyanın Azərbaycandakı səfiri', direction: 'meeting' },
    ]);
    const arab = tag('Toplantıda Səudiyyə Ərəbistanının Baş prokuroru Səud bin Abdullah Əl-Müəccəbin çıxışı dinlənilib.');
    expect(entity(arab, 'Səud bin Abdullah Əl-Müəccəb')?.kind).toBe('person');
  });

  it("keeps a woman's surname whole and takes the dative off a man's", () => {
    const result = tag('Nazirin birinci müavini Aygün xanım Məmmədova tədbirdə iştirak edib. Qırğızıstanlı həmkarı Nurlan Asanova dəvət göndərilib.');
    expect(entity(result, 'Aygün Məmmədova')?.mentions.map((m) => m.text)).toEqual(['Aygün xanım Məmmədova']);
    expect(entity(result, 'Nurlan Asanov')?.mentions.map((m) => m.text)).toEqual(['Nurlan Asanova']);
  });

  it('does not take a capitalised word after a title, a body or a place for a person', () => {
    const result = tag('Baş prokurorun müavini Xəzəryanı dövlətlərin əməkdaşlığından danışıb. Nazirin müşaviri Bakı Dövlət Universitetinə gedib.');
    expect(result.entities.filter((e) => e.kind === 'person')).toEqual([]);
  });

  it('resolves the surname alone and an initial to the person named before', () => {
    const result = tag('Baş prokuror Kamran Əliyev qonaqları qəbul edib. K.Əliyev qeyd edib ki, görüş faydalıdır. Əliyevin sözlərinə görə, işlər davam edir.');
    const person = entity(result, 'Kamran Əliyev');
    expect(person?.key).toBe('person:kamran-aliyev');
    expect(person!.mentions.map((m) => m.text)).toEqual(['Kamran Əliyev', 'K.Əliyev', 'Əliyevin']);
  });
});

describe('delegations', () => {
  it("reports Azerbaijan's own delegation abroad as outgoing", () => {
    const result = tag('Baş prokuror Kamran Əliyevin rəhbərlik etdiyi nümayəndə heyəti Astanada işgüzar səfərdə olub. Səfər çərçivəsində görüşlər keçirilib.');
    expect(result.delegations).toContainEqual({ party: 'Azerbaijan', head: 'Kamran Aliyev', role: 'Baş prokuror', direction: 'outgoing' });
  });

  it('reads a visit reported without the word delegation, and a reception of a titled guest', () => {
    expect(tag('Baş prokuror Kamran Əliyev Qazaxıstana işgüzar səfərə gedib.').delegations).toEqual([
      { party: 'Azerbaijan', head: 'Kamran Aliyev', role: 'Baş prokuror', direction: 'outgoing' },
    ]);
    const reception = tag('Baş prokuror Böyük Britaniyanın Azərbaycandakı səfiri Ceyms Braunu qəbul edib.');
    expect(entity(reception, 'Ceyms Braun')?.mentions.map((m) => m.text)).toEqual(['Ceyms Braunu']);
    expect(reception.delegations.map((d) => [d.party, d.head, d.direction])).toEqual([['United Kingdom', 'James Braun', 'meeting']]);
    const visit = tag('Ermənistanın Baş prokuroru cənab Anna Vardapetyan ölkəmizdə səfərdə olub.');
    expect(visit.delegations.map((d) => [d.party, d.head, d.direction])).toEqual([['Armenia', 'Anna Vardapetyan', 'incoming']]);
  });

  it('gives every country in a list of guests its own incoming delegation', () => {
    const result = tag('Özbəkistan, Tacikistan və Türkmənistandan olan qonaqlar Bakıda keçirilən forumda iştirak ediblər.');
    expect(result.delegations).toEqual(['Uzbekistan', 'Tajikistan', 'Turkmenistan'].map((party) => ({ party, head: null, role: null, direction: 'incoming' })));
  });

  it('takes the party from a delegation named after its country; those met abroad are not delegations', () => {
    const incoming = tag('Moldovanın nümayəndə heyəti ölkəmizə səfərə gəlib.');
    expect(incoming.delegations).toEqual([{ party: 'Moldova', head: null, role: null, direction: 'incoming' }]);
    const abroad = tag('Baş Prokurorluğun nümayəndə heyəti Romaya səfərə gedib. Səfər zamanı İtaliyanın Ədliyyə naziri Karlo Nordio ilə görüş keçirilib.');
    expect(abroad.delegations.map((d) => [d.party, d.direction])).toEqual([['Azerbaijan', 'outgoing']]);
  });
});

describe('bodies', () => {
  it('ties a national body named after another country to that country', () => {
    const result = tag('Qazaxıstan Baş Prokurorluğunun və Türkiyə Ədliyyə Nazirliyinin əməkdaşları görüşüb.');
    expect(result.entities.filter((e) => e.kind === 'organization').map((e) => [e.key, e.az, e.en])).toEqual([
      [null, 'Baş Prokurorluq', "Prosecutor General's Office of Kazakhstan"],
      [null, 'Ədliyyə Nazirliyi', 'Ministry of Justice of Türkiye'],
    ]);
  });

  it('shares a plural head among coordinated names and proposes names ending in a head noun', () => {
    const result = tag(
      'Sumqayıt, Gəncə və Şəki şəhər prokurorluqlarının əməkdaşları Avrasiya İqtisadi Komissiyasının ekspertləri ilə görüşüb. ' +
        '"Elektron Məhkəmə Xidməti" sistemi təqdim olunub.',
    );
    const bodies = result.entities.filter((e) => e.kind === 'organization');
    expect(bodies.map((e) => [e.az, e.en])).toEqual([
      ['Sumqayıt şəhər prokurorluğu', "Sumgait City Prosecutor's Office"],
      ['Gəncə şəhər prokurorluğu', "Ganja City Prosecutor's Office"],
      ['Şəki şəhər prokurorluğu', "Shaki City Prosecutor's Office"],
      ['Avrasiya İqtisadi Komissiyası', null],
    ]);
  });
});

describe('the result', () => {
  it('gives offsets into the NFC text and groups mentions per entity in order of first mention', () => {
    const text = 'Qazaxıstanın nümayəndələri Bakıda olub. Bakı və Qazaxıstan arasında əlaqələr güclənir.'.normalize('NFD');
    const nfc = text.normalize('NFC');
    const result = tag(text);
    expect(result.entities.map((e) => e.en)).toEqual(['Kazakhstan', 'Baku']);
    for (const e of result.entities) for (const m of e.mentions) expect(nfc.slice(m.start, m.end)).toBe(m.text);
    expect(result.entities[0].mentions.map((m) => m.text)).toEqual(['Qazaxıstanın', 'Qazaxıstan']);
  });

  it('finds names and aliases in English and Russian text', () => {
    const en = tag("Prosecutor General Kamran Aliyev met INTERPOL's delegation in Baku.", 'en');
    expect(en.entities.map((e) => e.key)).toEqual(['person:kamran-aliyev', 'org:interpol', 'place:baku']);
    const ru = tag('Генеральный прокурор Камран Алиев встретился с делегацией Интерпола в Баку.', 'ru');
    expect(ru.entities.map((e) => e.key)).toEqual(['person:kamran-aliyev', 'org:interpol', 'place:baku']);
  });
});

describe('meetings in the joined "-la/-lə" form', () => {
  it('reports a meeting with the party of a person met "…la görüş keçirib"', () => {
    const result = tag('Baş prokuror Rusiya Federasiyasının Baş prokuroru İqor Krasnovla videokonfrans formatında görüş keçirib.');
    expect(result.delegations).toEqual([{ party: 'Russia', head: 'Igor Krasnov', role: expect.stringContaining('Baş prokuroru'), direction: 'meeting' }]);
  });

  it("takes the office's own unqualified deputy travelling abroad as Azerbaijan's outgoing delegation", () => {
    const result = tag('Baş prokurorun birinci müavini Elçin Məmmədov iclasda iştirak etmək üçün Strasburqa səfər edib.');
    expect(result.delegations).toEqual([expect.objectContaining({ party: 'Azerbaijan', head: 'Elchin Mammadov', direction: 'outgoing' })]);
  });

  it('does not take the -la of a place ending as a meeting', () => {
    expect(tag('Baş prokuror Gəncədə vətəndaşları qəbul edib.').delegations).toEqual([]);
  });
});

describe('names that name something else', () => {
  it('does not take a person named in "X adına …" (an airport, a school) as a mention of the person', () => {
    const result = tag('Qonaqları Heydər Əliyev adına Beynəlxalq Aeroportda Baş prokuror Kamran Əliyev qarşılayıb. Heydər Əliyevin irsi yada salınıb.');
    const heydar = result.entities.find((e) => e.key === 'person:heydar-aliyev');
    expect(heydar?.mentions.map((m) => m.text)).toEqual(['Heydər Əliyevin']);
    expect(result.entities.find((e) => e.key === 'person:kamran-aliyev')?.mentions).toHaveLength(1);
  });
});

describe('the shipped bodies and people', () => {
  const ours = [...ORGANIZATIONS, ...PEOPLE];
  const keys = new Set(SHIPPED_REGISTRY.map((e) => e.key));

  it('have unique keys, all three names, and point only at entries that exist', () => {
    expect(new Set(ours.map((e) => e.key)).size).toBe(ours.length);
    for (const e of ours) {
      expect([e.key, e.names.az.trim(), e.names.en.trim(), e.names.ru.trim()].every(Boolean)).toBe(true);
      if (e.affiliation) expect(keys, `${e.key} → ${e.affiliation}`).toContain(e.affiliation);
      if (e.country) expect(keys, `${e.key} → ${e.country}`).toContain(e.country);
    }
  });

  it('give no name or abbreviation to two of them in one language', () => {
    for (const language of ['az', 'en', 'ru'] as const) {
      const owner = new Map<string, string>();
      for (const e of ours) {
        for (const name of new Set([e.names[language], ...(e.aliases?.[language] ?? [])])) {
          const folded = fold(name);
          expect(owner.get(folded) ?? e.key, `${language} "${name}"`).toBe(e.key);
          owner.set(folded, e.key);
        }
      }
    }
  });
});

describe('delegation frames', () => {
  const brief = (text: string) => tag(text).delegations.map((d) => [d.party, d.head, d.direction]);

  it('takes an ambassador received as a meeting with their country, whatever the post is called', () => {
    expect(brief('Baş prokuror Kamran Əliyev Almaniyanın ölkəmizdəki səfiri Hans Mülleri qəbul edib.')).toEqual([['Germany', 'Hans Müller', 'meeting']]);
    expect(brief('Baş prokuror Kamran Əliyev İtaliya Respublikasının Azərbaycandakı səfiri Luka Brandimarte ilə görüşüb.')).toEqual([
      ['Italy', 'Luca Brandimarte', 'meeting'],
    ]);
  });

  it('reads trips abroad in their verbs and cases as outgoing, and a video call as no trip', () => {
    expect(brief('Baş prokuror Kamran Əliyev işgüzar səfərlə Ankaraya gedib.')).toEqual([['Azerbaijan', 'Kamran Aliyev', 'outgoing']]);
    expect(
      brief('Baş prokuror Kamran Əliyev MDB-yə üzv dövlətlərin Baş prokurorları Əlaqələndirmə Şurasının iclasında iştirak etmək üçün Daşkəndə yola düşüb.'),
    ).toEqual([['Azerbaijan', 'Kamran Aliyev', 'outgoing']]);
    expect(brief('Baş prokuror Kamran Əliyev Gürcüstanın Baş prokuroru Giorgi Qvarakidze ilə videokonfrans formatında görüş keçirib.')).toEqual([
      ['Georgia', 'Giorgi Gvarakidze', 'meeting'],
    ]);
  });

  it('gives a foreign head their own side, never Azerbaijan, and an organisation its own delegation', () => {
    expect(brief('Türkiyənin Ankara şəhərinin Baş prokuroru Yaşar Kavaklının rəhbərlik etdiyi nümayəndə heyəti ölkəmizə səfərə gəlib.')).toEqual([
      ['Türkiye', 'Yaşar Kavaklı', 'incoming'],
    ]);
    expect(brief('Eurojust-un prezidenti Ladislav Hamran başda olmaqla nümayəndə heyəti Bakıya səfərə gəlib.')).toEqual([
      ['Eurojust', 'Ladislav Hamran', 'incoming'],
    ]);
  });

  it('names the sentence each delegation was read from, one delegation per party', () => {
    const text =
      'Baş prokuror Kamran Əliyev Fransanın Ədliyyə naziri Cerald Darmanenlə görüşüb. Sonra o, Gürcüstanın ölkəmizdəki səfiri Giorgi Sanikidzeni qəbul edib.';
    const result = tagText(text, REGISTRY);
    expect(result.delegations.map((d) => [d.party, d.direction, d.sentence.text])).toEqual([
      ['France', 'meeting', 'Baş prokuror Kamran Əliyev Fransanın Ədliyyə naziri Cerald Darmanenlə görüşüb'],
      ['Georgia', 'meeting', 'Sonra o, Gürcüstanın ölkəmizdəki səfiri Giorgi Sanikidzeni qəbul edib'],
    ]);
    for (const d of result.delegations) expect(text.slice(d.sentence.start, d.sentence.end)).toBe(d.sentence.text);
  });
});

describe('foreign names', () => {
  it('spells a foreign person found from context for their country, as a guess', () => {
    const result = tag('Fransanın Ədliyyə naziri Mişel Lebren Bakıya səfərə gəlib. İtaliyanın Baş prokuroru Corca Rossini də iştirak edib.');
    expect(entity(result, 'Mişel Lebren')).toMatchObject({ en: 'Michel Lebrin', ru: 'Мишель Лебрен', guess: true });
    expect(entity(result, 'Corca Rossini')).toMatchObject({ en: 'Giorgia Rossini', ru: 'Джорджа Россини', guess: true });
  });

  it('reads an ambiguous case ending by the other forms in the text, else by the origin, and says it guessed', () => {
    const supported = tag('Fransanın Ədliyyə naziri Jan Bertenin rəhbərlik etdiyi nümayəndə heyəti gəlib. Jan Bertenə minnətdarlıq bildirilib.');
    expect(entity(supported, 'Jan Berten')).toBeDefined();
    const italian = tag('İtaliyanın səfiri Marko Perettinin rəhbərlik etdiyi heyət gəlib.');
    expect(entity(italian, 'Marko Peretti')).toMatchObject({ guess: true });
    const french = tag('Fransanın səfiri Lui Morenin rəhbərlik etdiyi heyət gəlib.');
    expect(entity(french, 'Lui Moren')).toMatchObject({ guess: true });
  });

  it('does not flag an Azerbaijani citizen named from context', () => {
    expect(entity(tag('Baş prokurorun müavini Elçin Məmmədov çıxış edib.'), 'Elçin Məmmədov')).toMatchObject({ guess: false });
  });
});

describe('what is no journey, and names of other traditions', () => {
  const brief = (text: string) => tag(text).delegations.map((d) => [d.party, d.head, d.direction]);

  it('takes no direction from a quotation, a past visit or a future', () => {
    expect(
      brief(
        'Baş prokuror Kamran Əliyev Türkiyənin Ədliyyə naziri Yılmaz Tunçu qəbul edib. Nazir "Bakıya tez-tez gedin" deyib. O, keçən il də Azərbaycana səfər etmişdi.',
      ),
    ).toEqual([['Türkiye', 'Yılmaz Tunç', 'meeting']]);
  });

  it('reads a trip with no place named, where no one comes to us, as our own', () => {
    expect(
      brief(
        'Baş prokurorun müavini Elçin Məmmədovun rəhbərlik etdiyi nümayəndə heyəti iclasda iştirak edib. Səfər zamanı o, Tacikistanın Baş prokuroru Habibullo Vohidzoda ilə görüşüb.',
      ),
    ).toEqual([['Azerbaijan', 'Elchin Mammadov', 'outgoing']]);
  });

  it('keeps a bracketed abbreviation with the body before it, and reads Arabic names with bin and Şeyx', () => {
    const result = tag(
      'Gürcüstan Dövlət Təhlükəsizliyi Xidmətinin (DTX) rəhbəri Levan Beridze Bakıya səfərə gəlib. Görüşdə Şeyx Səud bin Abdullah Əl Mucib də iştirak edib.',
    );
    expect(result.delegations.map((d) => [d.party, d.direction])).toEqual([['Georgia', 'incoming']]);
    expect(entity(result, 'Səud bin Abdullah Əl Mucib')).toBeDefined();
  });
});

describe('what a gathering abroad is, and press services', () => {
  it('takes "at the meeting" and events that happened abroad for no trip', () => {
    const result = tag(
      'Baş prokuror Zakir Qaralov Türkiyənin Azərbaycana yeni təyin olunmuş səfiri Erkan Özoralı qəbul edib. Görüşdə Türkiyədə baş vermiş hadisələr müzakirə olunub.',
    );
    expect(result.delegations.map((d) => [d.party, d.direction])).toEqual([['Türkiye', 'meeting']]);
  });

  it("does not take an office's press service for a body", () => {
    const result = tag('Bu barədə Baş Prokurorluğun Mətbuat Xidməti məlumat yayıb.');
    expect(result.entities.map((e) => e.az)).toEqual(['Baş Prokurorluq']);
  });
});

describe('coming, income and perfects', () => {
  const brief = (text: string) => tag(text).delegations.map((d) => [d.party, d.direction]);

  it('takes gəlib (came) for a visit to us, but not gəlirlər (incomes)', () => {
    expect(brief('Özbəkistan prokurorluğunun nümayəndə heyəti səfərə gəlib.')).toEqual([['Uzbekistan', 'incoming']]);
    expect(brief('Baş prokuror Litvanın səfiri Jonas Kazlauskasla görüşüb. Cinayət yolu ilə əldə olunmuş gəlirlərin qaytarılması müzakirə edilib.')).toEqual([
      ['Lithuania', 'meeting'],
    ]);
  });

  it('reads a perfect (edilmişdir) as this release, and Dr. before a name as no part of it', () => {
    expect(brief('Ölkəmizdə səfərdə olan Misirin Ədliyyə naziri Dr.Əhməd Fəhmi Əl-Nəcarın rəhbərlik etdiyi nümayəndə heyəti qəbul edilmişdir.')).toEqual([
      ['Egypt', 'incoming'],
    ]);
  });

  it('takes part in what is held abroad as a trip', () => {
    expect(brief('Rusiyada Şərq İqtisadi Forumunda iştirak edən Azərbaycanın Baş prokuroru Kamran Əliyev müsahibə verib.')).toEqual([
      ['Azerbaijan', 'outgoing'],
    ]);
  });
});

describe('plans', () => {
  it('takes no journey from a meeting to be held abroad', () => {
    const result = tag(
      'Azərbaycan Kazan şəhərində keçiriləcək iclasa dəvət olunub. Baş prokuror Kamran Əliyev MDB Baş Prokurorlarının Əlaqələndirmə Şurasının icraçı katibi Yuri Jdanovu qəbul edib.',
    );
    expect(result.delegations.map((d) => [d.party, d.head, d.direction])).toEqual([
      ['Coordination Council of Prosecutors General of the CIS Member States', 'Yuri Zhdanov', 'meeting'],
    ]);
  });
});

describe('names that look like other things', () => {
  it('takes a place name before a surname for a first name, and leaves an initial to the full name', () => {
    const result = tag(
      'Heyətdə idarənin rəis müavini Babək Zakirzadə də olub. Babək rayonunda görüş olub. Türkiyənin səfiri Erkan Özoralı qəbul edib. Səfir E. Özoral təşəkkür edib.',
    );
    expect(result.entities.filter((e) => e.kind === 'person').map((e) => [e.az, e.mentions.length])).toEqual([
      ['Babək Zakirzadə', 1],
      ['Erkan Özoral', 2],
    ]);
    expect(entity(result, 'Babək')?.kind).toBe('place');
  });
});

describe('titles of international bodies, ranks and visits that did not happen', () => {
  it('gives the delegation to the international body whose post comes first, not to the country of a second title', () => {
    const result = tag(
      'Baş prokuror İnterpolun prezidenti, Braziliya Federal Polisinin direktoru Rikardo Souzanın rəhbərlik etdiyi nümayəndə heyəti ilə görüşüb.',
    );
    expect(result.delegations.map((d) => d.party)).toEqual(['Interpol']);
  });

  it('reads a compound rank as a title and looks for the owner in the title before the comma', () => {
    const result = tag('Nazir Qazaxıstan Milli Qvardiyasının komandan müavini, general-mayor Aydos Serikbayevi qəbul edib.');
    expect(entity(result, 'Aydos Serikbayev')).toBeDefined();
    expect(result.delegations.map((d) => [d.party, d.direction])).toEqual([['Kazakhstan', 'meeting']]);
  });

  it('takes no journey from a visit that did not take place', () => {
    const result = tag('Qonaq Türkiyənin Ədliyyə naziri Mehmet Aydının salamını çatdırıb, nazirin Bakıya səfəri baş tutmayıb.');
    expect(result.delegations).toEqual([]);
  });

  it('reads a name through an abbreviation in brackets inside it', () => {
    const result = tag('Avropa Şurası (AŞ) Parlament Assambleyasının sessiyası Strasburqda keçirilib.');
    expect(entity(result, 'Parliamentary Assembly of the Council of Europe')).toBeDefined();
  });

  it('gives the post to the body nearest to it, and reads "rəis müavini" as one title', () => {
    const result = tag(
      'Bakıya səfərə gələn ATƏT-in Demokratik Təsisatlar və İnsan Haqları Bürosu Hüquq Şöbəsinin rəis müavini Anna Kovalskanın başçılıq etdiyi nümayəndə heyəti nazirlə görüşüb.',
    );
    expect(result.delegations.map((d) => [d.party, d.direction])).toEqual([['OSCE Office for Democratic Institutions and Human Rights', 'incoming']]);
  });

  it('takes the one official of a leaderless delegation that the text names for its head', () => {
    const result = tag(
      'Qazaxıstan prokurorluğunun nümayəndə heyəti ölkəmizə səfərə gəlib. Qazaxıstan Baş Prokurorluğunun şöbə rəisi Nurlan Abdikarimov qonaqpərvərliyə görə təşəkkür edib.',
    );
    expect(result.delegations).toHaveLength(1);
    expect(result.delegations[0].party).toBe('Kazakhstan');
    expect(result.delegations[0].head).toMatch(/^Nurlan Abdikarimov/);
  });

  it('takes an international official who speaks at a gathering held here for a guest who came', () => {
    const result = tag('Bakıda keçirilən konfransda İqtisadi Əməkdaşlıq Təşkilatının Baş katibinin müavini Ələvi Səbzivari çıxış edib.');
    expect(result.delegations.map((d) => [d.party, d.direction])).toEqual([['Economic Cooperation Organization', 'incoming']]);
  });

  it('takes no guest from a gathering held here that is only planned', () => {
    const result = tag('Bakıda keçiriləcək konfransda İqtisadi Əməkdaşlıq Təşkilatının Baş katibinin müavini Ələvi Səbzivari çıxış edəcək.');
    expect(result.delegations).toEqual([]);
  });
});
