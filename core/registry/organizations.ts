// Bodies a prosecutor's press service writes about: international organisations, Azerbaijan's own
// state bodies and foreign ones often named. Names are the forms the bodies and the Azerbaijani
// press use; aliases hold abbreviations and other spellings. An abbreviation that two bodies share
// in Azerbaijani (İƏT: the ECO and the OIC) is given to neither.
import type { RegistryEntry } from './types';

type Org = Omit<RegistryEntry, 'kind'>;

const INTERNATIONAL: Org[] = [
  {
    key: 'org:interpol',
    names: { az: 'İnterpol', en: 'Interpol', ru: 'Интерпол' },
    aliases: {
      az: ['Beynəlxalq Kriminal Polis Təşkilatı', 'İNTERPOL', 'Interpol'],
      en: ['INTERPOL', 'International Criminal Police Organization'],
      ru: ['Международная организация уголовной полиции'],
    },
  },
  {
    key: 'org:europol',
    names: { az: 'Avropol', en: 'Europol', ru: 'Европол' },
    aliases: { az: ['Europol'], en: ['European Union Agency for Law Enforcement Cooperation'] },
  },
  {
    key: 'org:eurojust',
    names: { az: 'Eurojust', en: 'Eurojust', ru: 'Евроюст' },
    aliases: { az: ['Avrocast', 'Yurojast'], en: ['European Union Agency for Criminal Justice Cooperation'] },
  },
  {
    key: 'org:eppo',
    names: { az: 'Avropa Prokurorluğu', en: "European Public Prosecutor's Office", ru: 'Европейская прокуратура' },
    aliases: { en: ['EPPO'] },
  },
  {
    key: 'org:iap',
    names: { az: 'Beynəlxalq Prokurorlar Assosiasiyası', en: 'International Association of Prosecutors', ru: 'Международная ассоциация прокуроров' },
    aliases: { az: ['BPA', 'IAP'], en: ['IAP'], ru: ['МАП'] },
  },
  {
    key: 'org:un',
    names: { az: 'Birləşmiş Millətlər Təşkilatı', en: 'United Nations', ru: 'Организация Объединённых Наций' },
    aliases: { az: ['BMT'], en: ['UN', 'United Nations Organization'], ru: ['ООН'] },
  },
  {
    key: 'org:unodc',
    names: {
      az: 'BMT-nin Narkotiklər və Cinayətkarlıqla Mübarizə İdarəsi',
      en: 'United Nations Office on Drugs and Crime',
      ru: 'Управление ООН по наркотикам и преступности',
    },
    aliases: {
      az: [
        'BMTNCİ',
        'UNODC',
        'BMT-nin Narkotiklər və Cinayətkarlıq üzrə İdarəsi',
        'BMT-nin Narkotiklər və Cinayətkarlıq üzrə Ofisi',
        'BMT-nin Narkotiklər və Cinayətkarlıqla Mübarizə Ofisi',
      ],
      en: ['UNODC', 'UN Office on Drugs and Crime'],
      ru: ['УНП ООН'],
    },
    affiliation: 'org:un',
  },
  {
    key: 'org:undp',
    names: { az: 'BMT-nin İnkişaf Proqramı', en: 'United Nations Development Programme', ru: 'Программа развития ООН' },
    aliases: { az: ['UNDP', 'BMTİP'], en: ['UNDP', 'UN Development Programme'], ru: ['ПРООН'] },
    affiliation: 'org:un',
  },
  {
    key: 'org:unicef',
    names: { az: 'UNICEF', en: 'UNICEF', ru: 'ЮНИСЕФ' },
    aliases: { az: ['BMT-nin Uşaq Fondu'], en: ["United Nations Children's Fund"], ru: ['Детский фонд ООН'] },
    affiliation: 'org:un',
  },
  {
    key: 'org:unhcr',
    names: {
      az: 'BMT-nin Qaçqınlar üzrə Ali Komissarlığı',
      en: 'Office of the United Nations High Commissioner for Refugees',
      ru: 'Управление Верховного комиссара ООН по делам беженцев',
    },
    aliases: { az: ['UNHCR', 'BMT QAK'], en: ['UNHCR'], ru: ['УВКБ ООН'] },
    affiliation: 'org:un',
  },
  {
    key: 'org:unfccc',
    names: {
      az: 'BMT-nin İqlim Dəyişmələri üzrə Çərçivə Konvensiyası',
      en: 'UN Framework Convention on Climate Change',
      ru: 'Рамочная конвенция ООН об изменении климата',
    },
    aliases: {
      az: ['BMT-nin İqlim Dəyişikliyi üzrə Çərçivə Konvensiyası', 'UNFCCC'],
      en: ['UNFCCC', 'United Nations Framework Convention on Climate Change'],
      ru: ['РКИК ООН'],
    },
    affiliation: 'org:un',
  },
  {
    key: 'org:osce',
    names: {
      az: 'Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı',
      en: 'Organization for Security and Co-operation in Europe',
      ru: 'Организация по безопасности и сотрудничеству в Европе',
    },
    aliases: { az: ['ATƏT'], en: ['OSCE'], ru: ['ОБСЕ'] },
  },
  {
    key: 'org:odihr',
    names: {
      az: 'Demokratik Təsisatlar və İnsan Haqları Bürosu',
      en: 'OSCE Office for Democratic Institutions and Human Rights',
      ru: 'Бюро по демократическим институтам и правам человека ОБСЕ',
    },
    aliases: { az: ['ATƏT-in Demokratik Təsisatlar və İnsan Haqları Bürosu'], en: ['ODIHR'], ru: ['БДИПЧ'] },
    affiliation: 'org:osce',
  },
  {
    key: 'org:coe',
    names: { az: 'Avropa Şurası', en: 'Council of Europe', ru: 'Совет Европы' },
  },
  {
    key: 'org:pace',
    names: { az: 'Avropa Şurası Parlament Assambleyası', en: 'Parliamentary Assembly of the Council of Europe', ru: 'Парламентская ассамблея Совета Европы' },
    aliases: { az: ['AŞPA'], en: ['PACE'], ru: ['ПАСЕ'] },
    affiliation: 'org:coe',
  },
  {
    key: 'org:greco',
    names: { az: 'Korrupsiyaya qarşı Dövlətlər Qrupu', en: 'Group of States against Corruption', ru: 'Группа государств против коррупции' },
    aliases: { az: ['GRECO', 'QRECO'], en: ['GRECO'], ru: ['ГРЕКО'] },
    affiliation: 'org:coe',
  },
  {
    key: 'org:moneyval',
    names: { az: 'MONEYVAL', en: 'MONEYVAL', ru: 'МАНИВЭЛ' },
    aliases: { az: ['Avropa Şurasının MONEYVAL Komitəsi'] },
    affiliation: 'org:coe',
  },
  {
    key: 'org:ccpe',
    names: {
      az: 'Avropa Prokurorlarının Məsləhət Şurası',
      en: 'Consultative Council of European Prosecutors',
      ru: 'Консультативный совет европейских прокуроров',
    },
    aliases: { az: ['CCPE'], en: ['CCPE'] },
    affiliation: 'org:coe',
  },
  {
    key: 'org:echr',
    names: { az: 'Avropa İnsan Hüquqları Məhkəməsi', en: 'European Court of Human Rights', ru: 'Европейский суд по правам человека' },
    aliases: { az: ['AİHM'], en: ['ECHR', 'ECtHR'], ru: ['ЕСПЧ'] },
  },
  {
    key: 'org:eu',
    names: { az: 'Avropa İttifaqı', en: 'European Union', ru: 'Европейский союз' },
    aliases: { az: ['Aİ', 'Avropa Birliyi'], en: ['EU'], ru: ['ЕС', 'Евросоюз'] },
  },
  {
    key: 'org:european-commission',
    names: { az: 'Avropa Komissiyası', en: 'European Commission', ru: 'Европейская комиссия' },
    aliases: { ru: ['Еврокомиссия'] },
    affiliation: 'org:eu',
  },
  {
    key: 'org:european-parliament',
    names: { az: 'Avropa Parlamenti', en: 'European Parliament', ru: 'Европейский парламент' },
    aliases: { ru: ['Европарламент'] },
    affiliation: 'org:eu',
  },
  {
    key: 'org:cis',
    names: { az: 'Müstəqil Dövlətlər Birliyi', en: 'Commonwealth of Independent States', ru: 'Содружество Независимых Государств' },
    aliases: { az: ['MDB'], en: ['CIS'], ru: ['СНГ'] },
  },
  {
    key: 'org:cis-prosecutors',
    names: {
      az: 'MDB üzv dövlətlərinin Baş Prokurorlarının Əlaqələndirmə Şurası',
      en: 'Coordination Council of Prosecutors General of the CIS Member States',
      ru: 'Координационный совет генеральных прокуроров государств — участников СНГ',
    },
    aliases: {
      az: [
        'Baş Prokurorların Əlaqələndirmə Şurası',
        'MDB Baş Prokurorlarının Əlaqələndirmə Şurası',
        // The full official name, as the Council and the office write it.
        'Müstəqil Dövlətlər Birliyi İştirakçı Dövlətlərinin Baş Prokurorlarının Əlaqələndirmə Şurası',
        'MDB İştirakçı Dövlətlərinin Baş Prokurorlarının Əlaqələndirmə Şurası',
      ],
      en: ['Coordination Council of Prosecutors General of the CIS'],
      ru: ['Координационный совет генеральных прокуроров'],
    },
    affiliation: 'org:cis',
  },
  {
    key: 'org:ots',
    names: { az: 'Türk Dövlətləri Təşkilatı', en: 'Organization of Turkic States', ru: 'Организация тюркских государств' },
    aliases: { az: ['TDT'], en: ['OTS', 'Organisation of Turkic States'], ru: ['ОТГ'] },
  },
  {
    key: 'org:ots-prosecutors',
    names: {
      az: 'Türk Dövlətləri Təşkilatının Baş Prokurorlar Şurası',
      en: 'Council of Prosecutors General of the Organization of Turkic States',
      ru: 'Совет генеральных прокуроров Организации тюркских государств',
    },
    aliases: { az: ['TDT-nin Baş Prokurorlar Şurası', 'Türk Dövlətləri Təşkilatı Baş Prokurorlar Şurası'] },
    affiliation: 'org:ots',
  },
  {
    key: 'org:eco',
    names: { az: 'İqtisadi Əməkdaşlıq Təşkilatı', en: 'Economic Cooperation Organization', ru: 'Организация экономического сотрудничества' },
    aliases: { en: ['ECO'], ru: ['ОЭС'] },
  },
  {
    key: 'org:oic',
    names: { az: 'İslam Əməkdaşlıq Təşkilatı', en: 'Organisation of Islamic Cooperation', ru: 'Организация исламского сотрудничества' },
    aliases: { en: ['OIC'], ru: ['ОИС'] },
  },
  {
    key: 'org:guam',
    names: { az: 'GUAM', en: 'GUAM', ru: 'ГУАМ' },
    aliases: { az: ['Demokratiya və İqtisadi İnkişaf naminə Təşkilat'], en: ['Organization for Democracy and Economic Development'] },
  },
  {
    key: 'org:sco',
    names: { az: 'Şanxay Əməkdaşlıq Təşkilatı', en: 'Shanghai Cooperation Organisation', ru: 'Шанхайская организация сотрудничества' },
    aliases: { az: ['ŞƏT'], en: ['SCO'], ru: ['ШОС'] },
  },
  {
    key: 'org:nato',
    names: { az: 'NATO', en: 'NATO', ru: 'НАТО' },
    aliases: { az: ['Şimali Atlantika Müqaviləsi Təşkilatı'], en: ['North Atlantic Treaty Organization'] },
  },
  {
    key: 'org:fatf',
    names: { az: 'Maliyyə Fəaliyyəti üzrə İşçi Qrup', en: 'Financial Action Task Force', ru: 'Группа разработки финансовых мер борьбы с отмыванием денег' },
    aliases: { az: ['FATF'], en: ['FATF'], ru: ['ФАТФ'] },
  },
  {
    key: 'org:eag',
    names: {
      az: 'Çirkli Pulların Yuyulmasına və Terrorçuluğun Maliyyələşdirilməsinə qarşı Mübarizə üzrə Avrasiya Qrupu',
      en: 'Eurasian Group on Combating Money Laundering and Financing of Terrorism',
      ru: 'Евразийская группа по противодействию легализации преступных доходов и финансированию терроризма',
    },
    aliases: { az: ['Avrasiya Qrupu', 'EAQ'], en: ['Eurasian Group', 'EAG'], ru: ['ЕАГ'] },
  },
  {
    key: 'org:egmont',
    names: { az: 'Eqmont Qrupu', en: 'Egmont Group', ru: 'Группа Эгмонт' },
    aliases: { az: ['Egmont Qrupu'], en: ['Egmont Group of Financial Intelligence Units'] },
  },
  {
    key: 'org:iaca',
    names: { az: 'Beynəlxalq Antikorrupsiya Akademiyası', en: 'International Anti-Corruption Academy', ru: 'Международная антикоррупционная академия' },
    aliases: { az: ['IACA', 'Beynəlxalq Anti-Korrupsiya Akademiyası'], en: ['IACA'], ru: ['МАКА'] },
  },
  {
    key: 'org:oecd',
    names: {
      az: 'İqtisadi Əməkdaşlıq və İnkişaf Təşkilatı',
      en: 'Organisation for Economic Co-operation and Development',
      ru: 'Организация экономического сотрудничества и развития',
    },
    aliases: { az: ['İƏİT', 'OECD'], en: ['OECD'], ru: ['ОЭСР'] },
  },
  {
    key: 'org:world-bank',
    names: { az: 'Dünya Bankı', en: 'World Bank', ru: 'Всемирный банк' },
  },
  {
    key: 'org:icc',
    names: { az: 'Beynəlxalq Cinayət Məhkəməsi', en: 'International Criminal Court', ru: 'Международный уголовный суд' },
    aliases: { en: ['ICC'], ru: ['МУС'] },
  },
  {
    key: 'org:icj',
    names: { az: 'Beynəlxalq Ədalət Məhkəməsi', en: 'International Court of Justice', ru: 'Международный суд ООН' },
    aliases: { az: ['BMT-nin Beynəlxalq Məhkəməsi'], en: ['ICJ'] },
    affiliation: 'org:un',
  },
  {
    key: 'org:icrc',
    names: { az: 'Beynəlxalq Qırmızı Xaç Komitəsi', en: 'International Committee of the Red Cross', ru: 'Международный комитет Красного Креста' },
    aliases: { az: ['BQXK'], en: ['ICRC'], ru: ['МККК'] },
  },
  {
    key: 'org:iom',
    names: { az: 'Beynəlxalq Miqrasiya Təşkilatı', en: 'International Organization for Migration', ru: 'Международная организация по миграции' },
    aliases: { az: ['IOM'], en: ['IOM'], ru: ['МОМ'] },
  },
];

// Azerbaijan's own bodies.
const AZERBAIJAN: Org[] = [
  {
    key: 'org:prosecutor-general',
    names: { az: 'Baş Prokurorluq', en: "Prosecutor General's Office", ru: 'Генеральная прокуратура' },
    aliases: {
      az: ['Azərbaycan Respublikasının Baş Prokurorluğu', 'Azərbaycan Respublikasının Prokurorluğu', 'Azərbaycan Prokurorluğu'],
      en: ["Prosecutor General's Office of the Republic of Azerbaijan", "General Prosecutor's Office"],
      ru: ['Генеральная прокуратура Азербайджанской Республики', 'Генпрокуратура'],
    },
    country: 'country:AZ',
  },
  {
    key: 'org:anti-corruption-directorate',
    names: { az: 'Korrupsiyaya qarşı Mübarizə Baş İdarəsi', en: 'Anti-Corruption Directorate', ru: 'Главное управление по борьбе с коррупцией' },
    aliases: {
      az: ['KMBİ'],
      en: ['Anti-Corruption Directorate under the Prosecutor General'],
      ru: ['Главное управление по борьбе с коррупцией при Генеральном прокуроре'],
    },
    affiliation: 'org:prosecutor-general',
    country: 'country:AZ',
  },
  {
    key: 'org:military-prosecutor',
    names: { az: 'Hərbi Prokurorluq', en: "Military Prosecutor's Office", ru: 'Военная прокуратура' },
    aliases: { az: ['Respublika Hərbi Prokurorluğu', 'Azərbaycan Respublikasının Hərbi Prokurorluğu'] },
    affiliation: 'org:prosecutor-general',
    country: 'country:AZ',
  },
  {
    key: 'org:nakhchivan-prosecutor',
    names: {
      az: 'Naxçıvan Muxtar Respublikasının Prokurorluğu',
      en: "Prosecutor's Office of the Nakhchivan Autonomous Republic",
      ru: 'Прокуратура Нахчыванской Автономной Республики',
    },
    aliases: { az: ['Naxçıvan Muxtar Respublikası Prokurorluğu', 'Naxçıvan MR Prokurorluğu'] },
    affiliation: 'org:prosecutor-general',
    country: 'country:AZ',
  },
  {
    key: 'org:baku-prosecutor',
    names: { az: 'Bakı şəhər prokurorluğu', en: "Baku City Prosecutor's Office", ru: 'Прокуратура города Баку' },
    aliases: { az: ['Bakı Şəhər Prokurorluğu'] },
    affiliation: 'org:prosecutor-general',
    country: 'country:AZ',
  },
  {
    key: 'org:mia',
    names: { az: 'Daxili İşlər Nazirliyi', en: 'Ministry of Internal Affairs', ru: 'Министерство внутренних дел' },
    aliases: { az: ['DİN'], ru: ['МВД'] },
    country: 'country:AZ',
  },
  {
    key: 'org:moj',
    names: { az: 'Ədliyyə Nazirliyi', en: 'Ministry of Justice', ru: 'Министерство юстиции' },
    country: 'country:AZ',
  },
  {
    key: 'org:mfa',
    names: { az: 'Xarici İşlər Nazirliyi', en: 'Ministry of Foreign Affairs', ru: 'Министерство иностранных дел' },
    aliases: { az: ['XİN'], ru: ['МИД'] },
    country: 'country:AZ',
  },
  {
    key: 'org:mod',
    names: { az: 'Müdafiə Nazirliyi', en: 'Ministry of Defence', ru: 'Министерство обороны' },
    country: 'country:AZ',
  },
  {
    key: 'org:mof',
    names: { az: 'Maliyyə Nazirliyi', en: 'Ministry of Finance', ru: 'Министерство финансов' },
    country: 'country:AZ',
  },
  {
    key: 'org:state-security',
    names: { az: 'Dövlət Təhlükəsizliyi Xidməti', en: 'State Security Service', ru: 'Служба государственной безопасности' },
    aliases: { az: ['DTX'], ru: ['СГБ'] },
    country: 'country:AZ',
  },
  {
    key: 'org:supreme-court',
    names: { az: 'Ali Məhkəmə', en: 'Supreme Court', ru: 'Верховный суд' },
    country: 'country:AZ',
  },
  {
    key: 'org:constitutional-court',
    names: { az: 'Konstitusiya Məhkəməsi', en: 'Constitutional Court', ru: 'Конституционный суд' },
    country: 'country:AZ',
  },
  {
    key: 'org:milli-majlis',
    names: { az: 'Milli Məclis', en: 'Milli Majlis', ru: 'Милли Меджлис' },
    aliases: { en: ['National Assembly of Azerbaijan'] },
    country: 'country:AZ',
  },
  {
    key: 'org:ombudsman',
    names: { az: 'Ombudsman Aparatı', en: 'Office of the Ombudsman', ru: 'Аппарат омбудсмена' },
    aliases: { az: ['İnsan Hüquqları üzrə Müvəkkil Aparatı'] },
    country: 'country:AZ',
  },
  {
    key: 'org:customs',
    names: { az: 'Dövlət Gömrük Komitəsi', en: 'State Customs Committee', ru: 'Государственный таможенный комитет' },
    aliases: { az: ['DGK'] },
    country: 'country:AZ',
  },
  {
    key: 'org:migration-service',
    names: { az: 'Dövlət Miqrasiya Xidməti', en: 'State Migration Service', ru: 'Государственная миграционная служба' },
    aliases: { az: ['DMX'] },
    country: 'country:AZ',
  },
  {
    key: 'org:border-service',
    names: { az: 'Dövlət Sərhəd Xidməti', en: 'State Border Service', ru: 'Государственная пограничная служба' },
    aliases: { az: ['DSX'] },
    country: 'country:AZ',
  },
  {
    key: 'org:financial-monitoring',
    names: { az: 'Maliyyə Monitorinqi Xidməti', en: 'Financial Monitoring Service', ru: 'Служба финансового мониторинга' },
    country: 'country:AZ',
  },
  {
    key: 'org:presidential-administration',
    names: { az: 'Prezident Administrasiyası', en: 'Presidential Administration', ru: 'Администрация Президента' },
    aliases: { az: ['Azərbaycan Respublikası Prezidentinin Administrasiyası'] },
    country: 'country:AZ',
  },
  {
    key: 'org:cabinet',
    names: { az: 'Nazirlər Kabineti', en: 'Cabinet of Ministers', ru: 'Кабинет министров' },
    country: 'country:AZ',
  },
  {
    key: 'org:judicial-legal-council',
    names: { az: 'Məhkəmə-Hüquq Şurası', en: 'Judicial-Legal Council', ru: 'Судебно-правовой совет' },
    country: 'country:AZ',
  },
  {
    key: 'org:justice-academy',
    names: { az: 'Ədliyyə Akademiyası', en: 'Justice Academy', ru: 'Академия юстиции' },
    country: 'country:AZ',
  },
  {
    key: 'org:anti-corruption-commission',
    names: { az: 'Korrupsiyaya qarşı Mübarizə üzrə Komissiya', en: 'Commission on Combating Corruption', ru: 'Комиссия по борьбе с коррупцией' },
    country: 'country:AZ',
  },
  {
    key: 'org:bar-association',
    names: { az: 'Vəkillər Kollegiyası', en: 'Bar Association', ru: 'Коллегия адвокатов' },
    country: 'country:AZ',
  },
];

// Foreign bodies that have a name of their own. One whose `affiliation` is a national body below
// is what that body is called in its country (the United Kingdom's interior ministry is the Home Office).
const FOREIGN: Org[] = [
  {
    key: 'org:uk-cps',
    names: { az: 'Kral Prokurorluq Xidməti', en: 'Crown Prosecution Service', ru: 'Королевская прокурорская служба' },
    aliases: { az: ['Kral Prokurorluğu Xidməti'], en: ['CPS'] },
    country: 'country:GB',
  },
  {
    key: 'org:uk-home-office',
    names: { az: 'Böyük Britaniya Daxili İşlər Nazirliyi', en: 'Home Office', ru: 'Министерство внутренних дел Великобритании' },
    country: 'country:GB',
    affiliation: 'org:mia',
  },
  {
    key: 'org:us-doj',
    names: { az: 'ABŞ Ədliyyə Nazirliyi', en: 'United States Department of Justice', ru: 'Министерство юстиции США' },
    aliases: { en: ['US Department of Justice', 'Department of Justice', 'DOJ'] },
    country: 'country:US',
    affiliation: 'org:moj',
  },
  {
    key: 'org:us-fbi',
    names: { az: 'Federal Təhqiqatlar Bürosu', en: 'Federal Bureau of Investigation', ru: 'Федеральное бюро расследований' },
    aliases: { az: ['FTB'], en: ['FBI'], ru: ['ФБР'] },
    country: 'country:US',
  },
  {
    key: 'org:ru-investigative-committee',
    names: { az: 'Rusiya Federasiyasının İstintaq Komitəsi', en: 'Investigative Committee of Russia', ru: 'Следственный комитет Российской Федерации' },
    aliases: { az: ['Rusiya İstintaq Komitəsi'], ru: ['СК России', 'Следственный комитет России'] },
    country: 'country:RU',
  },
];

/**
 * Bodies every state has. Named right after another country ("Qazaxıstan Baş Prokurorluğu",
 * "Birləşmiş Ərəb Əmirliklərinin Daxili İşlər Nazirliyi") they are that country's body.
 */
export const NATIONAL_BODIES: ReadonlySet<string> = new Set([
  'org:prosecutor-general',
  'org:mia',
  'org:moj',
  'org:mfa',
  'org:mod',
  'org:mof',
  'org:supreme-court',
  'org:constitutional-court',
  'org:customs',
  'org:migration-service',
  'org:border-service',
  'org:state-security',
]);

export const ORGANIZATIONS: RegistryEntry[] = [...INTERNATIONAL, ...AZERBAIJAN, ...FOREIGN].map((org) => ({
  ...org,
  kind: 'organization' as const,
}));
