// Each phenomenon of how releases report a visit, stated with invented sentences: the
// tagger is tuned to these, not to any release of the development corpus.
import { describe, expect, it } from 'vitest';
import { SHIPPED_REGISTRY } from '../../core/registry/shipped';
import { tagText } from '../../core/tagging/tag-text';

const brief = (text: string) => tagText(text, SHIPPED_REGISTRY).delegations.map((d) => [d.party, d.head, d.direction]);
const person = (text: string, az: string) => tagText(text, SHIPPED_REGISTRY).entities.find((e) => e.kind === 'person' && e.az === az);

describe('who the delegation is', () => {
  it('reads a title with its city as that city’s country (İstanbul şəhər Baş prokuroru)', () => {
    expect(brief('İzmir şəhər Baş prokuroru Orhan Demirin rəhbərlik etdiyi nümayəndə heyəti Bakıya gəlib.')).toEqual([['Türkiye', 'Orhan Demir', 'incoming']]);
  });

  it('takes an official met or received by title alone as their side, with no head', () => {
    expect(brief('Ədliyyə naziri Fərid Əhmədov Macarıstanın Ədliyyə naziri ilə görüşüb.')).toEqual([['Hungary', null, 'meeting']]);
    expect(brief('Baş prokuror Kamran Əliyev Belçikanın yeni səfirini qəbul edib.')).toEqual([['Belgium', null, 'meeting']]);
  });

  it('finds the owner of a post named bare before it (Rusiya Federasiyası Prezidentinin … nümayəndəsi)', () => {
    expect(brief('Nazir Ceyhun Bayramov ilə Qazaxıstan Respublikası Prezidentinin xüsusi nümayəndəsi Yerlan Abdullayev arasında görüş keçirilib.')).toEqual([
      ['Kazakhstan', 'Yerlan Abdullayev', 'meeting'],
    ]);
  });

  it('takes a guest who meets our official by title as met (X Baş prokurorla görüşüb)', () => {
    expect(brief('İsveçin Azərbaycandakı səfiri Anna Lindberq Baş prokurorla görüşüb.')).toEqual([['Sweden', 'Anna Lindberg', 'meeting']]);
  });

  it('gives an unqualified minister with an Azerbaijani surname to Azerbaijan', () => {
    expect(brief('Ədliyyə naziri Fərid Əhmədov Vyanada Avstriyanın Ədliyyə naziri Alma Zadiçlə görüşüb.')).toEqual([
      ['Azerbaijan', 'Farid Ahmadov', 'outgoing'],
    ]);
  });

  it('reads the side from the people named before a title (italiyalı həmkarı, özbək həmkarı)', () => {
    expect(brief('Nazir Ceyhun Bayramov ispaniyalı həmkarı Xose Manuel Albares ilə görüşüb.')).toEqual([['Spain', 'Jose Manuel Albares', 'meeting']]);
    expect(brief('Ədliyyə naziri Fərid Əhmədov qazax həmkarı ilə görüşüb.')).toEqual([['Kazakhstan', null, 'meeting']]);
  });

  it('gives every country named as the owner of officials in the plural its own delegation', () => {
    expect(brief('Bakıda keçirilən forumda Latviya, Estoniya və Finlandiyanın baş prokurorları iştirak edib.')).toEqual([
      ['Latvia', null, 'incoming'],
      ['Estonia', null, 'incoming'],
      ['Finland', null, 'incoming'],
    ]);
  });

  it('reads countries bare before officials in the plural: one side met here, ours at a meeting abroad', () => {
    expect(brief('Bu gün Bakıda Azərbaycan və Latviya baş prokurorlarının görüşü olub.')).toEqual([['Latvia', null, 'meeting']]);
    expect(brief('Azərbaycan və Gürcüstan ədliyyə nazirlərinin görüşü Tbilisidə keçirilib.')).toEqual([['Azerbaijan', null, 'outgoing']]);
  });

  it('knows a coordinator and a counsellor for titles', () => {
    expect(brief('Nazir BMT-nin Azərbaycandakı rezident əlaqələndiricisi Anna Petrova ilə görüşüb.')).toEqual([['United Nations', 'Anna Petrova', 'meeting']]);
  });

  it('lets an abbreviation defined in brackets after a body stand for it later', () => {
    const text = 'Bakıda İslam Əməkdaşlıq Təşkilatının (İƏT) tədbiri keçirilib. Tədbirdə İƏT-in Baş katibinin müavini Tarik Bəxit çıxış edib.';
    expect(brief(text)).toEqual([['Organisation of Islamic Cooperation', 'Tarik Bakhit', 'incoming']]);
  });
});

describe('which way it went', () => {
  it('does not take a name in the genitive for a traveller unless the journey follows it', () => {
    expect(brief('Səfir Nizami Gəncəvinin 880 illiyi ilə əlaqədar Parisdə keçirilən tədbirlər barədə danışıb.')).toEqual([]);
    expect(brief('Baş prokurorun müavini Elçin Məmmədovun Tbilisiyə işgüzar səfəri başlayıb.')).toEqual([['Azerbaijan', 'Elchin Mammadov', 'outgoing']]);
  });

  it('does not make a trip of a place abroad that only describes what is spoken of', () => {
    const text =
      'Nazir Ceyhun Bayramov ilə Rusiya Federasiyası Prezidentinin nümayəndəsi Oleq Sokolov arasında görüş keçirilib. Qonaq Moskvada keçirilən sərgilər barədə məlumat verib.';
    expect(brief(text)).toEqual([['Russia', 'Oleg Sokolov', 'meeting']]);
  });

  it('takes a guest’s programme of visits here for a journey here', () => {
    const text =
      'Baş prokuror Kamran Əliyev Bolqarıstanın Baş prokuroru Borislav Sarafovu qəbul edib. Proqrama uyğun olaraq qonaq Bakıdakı muzeylərlə tanış olacaq.';
    expect(brief(text)).toEqual([['Bulgaria', 'Borislav Sarafov', 'incoming']]);
  });
});

describe('foreign names in the text', () => {
  it('finds a registry person written another way and spells them their own way', () => {
    expect(person('Baş prokuror Kamran Əliyev Rusiyanın xarici işlər naziri Sergey Lavrovla görüşüb.', 'Sergey Lavrov')?.en).toBe('Sergey Lavrov');
    const other = tagText('Görüşdə Moldovanın Baş prokuroru Aleksandr Stoyanoqlu iştirak edib.', SHIPPED_REGISTRY).entities.find((e) => e.kind === 'person');
    expect(other).toMatchObject({ en: 'Alexandr Stoianoglo', key: 'person:alexandr-stoianoglo', guess: true });
  });

  it('takes one person written two ways in one release for one', () => {
    const text = 'Nazir Gürcüstanın xüsusi nümayəndəsi Mixail Tsereteli ilə görüşüb. Xüsusi nümayəndə Mixayıl Tsereteli məlumat verib.';
    expect(tagText(text, SHIPPED_REGISTRY).entities.filter((e) => e.kind === 'person')).toHaveLength(1);
  });

  it('reads an ending that may keep an -n by how names of the origin end', () => {
    expect(person('Baş prokuror Yaponiyanın səfiri Kenji Tanakanı qəbul edib.', 'Kenji Tanaka')).toBeDefined();
    expect(person('Görüşdə Türkiyənin İzmir şəhər Baş prokuroru Əhməd Doğanın çıxışı dinlənilib.', 'Əhməd Doğan')).toBeDefined();
    expect(person('Görüşdə Türkiyənin İzmir şəhər Baş prokuroru Əhməd Karacanın çıxışı dinlənilib.', 'Əhməd Karaca')).toBeDefined();
    expect(person('Görüşdə Ermənistanın Baş prokuroru Aram Sarqsyanın çıxışı dinlənilib.', 'Aram Sarqsyan')).toBeDefined();
    expect(person('Görüşdə Gürcüstanın Baş prokuroru Giorgi Beridzenin çıxışı dinlənilib.', 'Giorgi Beridze')).toBeDefined();
  });

  it('does not take the name of an alley or a park for a person', () => {
    const text = 'Qonaqların əməkdaşları Fəxri Xiyabana və Mərkəzi Parka gəliblər.';
    expect(tagText(text, SHIPPED_REGISTRY).entities.filter((e) => e.kind === 'person')).toEqual([]);
  });
});

describe('names of bodies', () => {
  const bodies = (text: string) =>
    tagText(text, SHIPPED_REGISTRY)
      .entities.filter((e) => e.kind === 'organization')
      .map((e) => e.az);

  it('starts a body’s name with a place, a country right before the head, or an international body’s abbreviation', () => {
    expect(bodies('Gəncə Regional Ədliyyə İdarəsinin rəisi çıxış edib.')).toContain('Gəncə Regional Ədliyyə İdarəsi');
    expect(bodies('Baş prokuror Moldova Prokurorluğunun nümayəndələri ilə görüşüb.')).toContain('Moldova Prokurorluğu');
    expect(bodies('Bakıda MDB Sərhəd Qoşunları Komandanları Şurasının iclası keçirilib.')).toEqual(
      expect.arrayContaining(['MDB Sərhəd Qoşunları Komandanları Şurası', 'Müstəqil Dövlətlər Birliyi']),
    );
  });

  it('takes a body named short after its full name for the same body', () => {
    const text = 'Bakıda MDB Sərhəd Qoşunları Komandanları Şurasının iclası keçirilib. Sərhəd Qoşunları Komandanları Şurasının növbəti iclası Minskdə olacaq.';
    expect(bodies(text).filter((az) => az?.includes('Komandanları'))).toEqual(['MDB Sərhəd Qoşunları Komandanları Şurası']);
  });
});
