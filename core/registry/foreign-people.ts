// Foreign people a prosecutor's press service writes about: heads of state and government, prosecutors
// general and justice ministers of the countries Azerbaijan deals with, heads of international
// organisations and their prosecution bodies, ambassadors in Baku. `en` and `ru` are the person's own
// spelling as their office writes it in English and as Russian official sources write it; `az` is the
// Azerbaijani press spelling, with other Azerbaijani spellings (and the original Latin form, which
// Azerbaijani texts also print) as aliases. Titles are as of the end of 2025; a title in the text
// always wins over the one here.
//
// Sources (checked by hand): the offices' own English pages (president.gov.tr, kremlin.ru/en,
// akorda.kz, president.uz, prezident.tj, president.gov.by, president.gov.ua, elysee.fr,
// governo.it, bundesregierung.de, gov.uk, whitehouse.gov, lrp.lt, interpol.int, coe.int, osce.org,
// turkicstates.org, icc-cpi.int, eurojust.europa.eu, eppo.europa.eu, europol.europa.eu, unodc.org),
// the Russian interlanguage articles of English Wikipedia for the Russian forms, and the embassies'
// pages (gov.uk/world/azerbaijan, baku.diplo.de, ambbaku.esteri.it, baku.mid.ru) for ambassadors.
// The Azerbaijani forms are those of president.az, mfa.gov.az, genprosecutor.gov.az and the press.
import type { RegistryEntry } from './types';

type Title = NonNullable<RegistryEntry['title']>;

const T = {
  president: { az: 'Prezident', en: 'President', ru: 'Президент' },
  primeMinister: { az: 'Baş nazir', en: 'Prime Minister', ru: 'Премьер-министр' },
  foreignMinister: { az: 'Xarici işlər naziri', en: 'Minister of Foreign Affairs', ru: 'Министр иностранных дел' },
  justiceMinister: { az: 'Ədliyyə naziri', en: 'Minister of Justice', ru: 'Министр юстиции' },
  prosecutorGeneral: { az: 'Baş prokuror', en: 'Prosecutor General', ru: 'Генеральный прокурор' },
  ambassador: { az: 'Səfir', en: 'Ambassador', ru: 'Посол' },
  secretaryGeneral: { az: 'Baş katib', en: 'Secretary General', ru: 'Генеральный секретарь' },
} satisfies Record<string, Title>;

function p(key: string, az: string, en: string, ru: string, title: Title, affiliation: string, aliases?: RegistryEntry['aliases']): RegistryEntry {
  return { key: `person:${key}`, kind: 'person', names: { az, en, ru }, title, affiliation, ...(aliases && { aliases }) };
}

// A table laid out by hand (a row per group, a line per entry); prettier would put one item per line.
// prettier-ignore
export const FOREIGN_PEOPLE: RegistryEntry[] = [
  // Türkiye
  p('hakan-fidan', 'Hakan Fidan', 'Hakan Fidan', 'Хакан Фидан', T.foreignMinister, 'country:TR'),
  p('cevdet-yilmaz', 'Cevdet Yılmaz', 'Cevdet Yılmaz', 'Джевдет Йылмаз', { az: 'Vitse-prezident', en: 'Vice President', ru: 'Вице-президент' }, 'country:TR', { az: ['Cövdət Yılmaz'], en: ['Cevdet Yilmaz'] }),
  p('yilmaz-tunc', 'Yılmaz Tunç', 'Yılmaz Tunç', 'Йылмаз Тунч', T.justiceMinister, 'country:TR', { en: ['Yilmaz Tunc'] }),
  p('bekir-bozdag', 'Bekir Bozdağ', 'Bekir Bozdağ', 'Бекир Боздаг', T.justiceMinister, 'country:TR', { en: ['Bekir Bozdag'] }),
  p('abdulhamit-gul', 'Abdulhamit Gül', 'Abdulhamit Gül', 'Абдулхамит Гюль', T.justiceMinister, 'country:TR', { en: ['Abdulhamit Gul'] }),
  p('bekir-sahin', 'Bekir Şahin', 'Bekir Şahin', 'Бекир Шахин', { az: 'Yargıtay Baş prokuroru', en: 'Chief Public Prosecutor of the Court of Cassation', ru: 'Главный прокурор Кассационного суда' }, 'country:TR', { en: ['Bekir Sahin'] }),
  p('mevlut-cavusoglu', 'Mevlüt Çavuşoğlu', 'Mevlüt Çavuşoğlu', 'Мевлют Чавушоглу', T.foreignMinister, 'country:TR', { az: ['Mövlud Çavuşoğlu'], en: ['Mevlut Cavusoglu'] }),
  p('birol-akgun', 'Birol Akgün', 'Birol Akgün', 'Бирол Акгюн', T.ambassador, 'country:TR', { en: ['Birol Akgun'] }),
  // Russia, Belarus, Ukraine
  p('sergey-lavrov', 'Sergey Lavrov', 'Sergey Lavrov', 'Сергей Лавров', T.foreignMinister, 'country:RU', { az: ['Sergei Lavrov'] }),
  p('igor-krasnov', 'İqor Krasnov', 'Igor Krasnov', 'Игорь Краснов', { az: 'Ali Məhkəmənin sədri', en: 'Chairman of the Supreme Court', ru: 'Председатель Верховного суда' }, 'country:RU', { az: ['İgor Krasnov'] }),
  p('alexander-gutsan', 'Aleksandr Qutsan', 'Alexander Gutsan', 'Александр Гуцан', T.prosecutorGeneral, 'country:RU'),
  p('alexander-bastrykin', 'Aleksandr Bastrıkin', 'Alexander Bastrykin', 'Александр Бастрыкин', { az: 'İstintaq Komitəsinin sədri', en: 'Chairman of the Investigative Committee', ru: 'Председатель Следственного комитета' }, 'country:RU'),
  p('konstantin-chuychenko', 'Konstantin Çuyçenko', 'Konstantin Chuychenko', 'Константин Чуйченко', T.justiceMinister, 'country:RU'),
  p('mikhail-yevdokimov', 'Mixail Yevdokimov', 'Mikhail Yevdokimov', 'Михаил Евдокимов', T.ambassador, 'country:RU'),
  p('alexander-lukashenko', 'Aleksandr Lukaşenko', 'Aleksandr Lukashenko', 'Александр Лукашенко', T.president, 'country:BY'),
  p('andrei-shved', 'Andrey Şved', 'Andrei Shved', 'Андрей Швед', T.prosecutorGeneral, 'country:BY'),
  p('volodymyr-zelenskyy', 'Volodimir Zelenski', 'Volodymyr Zelenskyy', 'Владимир Зеленский', T.president, 'country:UA', { az: ['Vladimir Zelenski'] }),
  p('andriy-kostin', 'Andriy Kostin', 'Andriy Kostin', 'Андрей Костин', T.prosecutorGeneral, 'country:UA', { az: ['Andrey Kostin'] }),
  // Central Asia
  p('berik-asylov', 'Berik Asılov', 'Berik Asylov', 'Берик Асылов', T.prosecutorGeneral, 'country:KZ'),
  p('nigmatilla-yuldashev', 'Niqmatilla Yuldaşev', 'Nigmatilla Yuldashev', 'Нигматилла Юлдашев', { az: 'Senatın sədri', en: 'Chairman of the Senate', ru: 'Председатель Сената' }, 'country:UZ'),
  p('bakhtiyor-saidov', 'Bəxtiyor Saidov', 'Bakhtiyor Saidov', 'Бахтиёр Саидов', T.foreignMinister, 'country:UZ'),
  p('emomali-rahmon', 'Emoməli Rəhmon', 'Emomali Rahmon', 'Эмомали Рахмон', T.president, 'country:TJ', { az: ['Emomali Rahmon', 'İmaməli Rəhmon'] }),
  p('habibullo-vohidzoda', 'Habibullo Vohidzoda', 'Habibullo Vohidzoda', 'Хабибулло Вохидзода', T.prosecutorGeneral, 'country:TJ'),
  p('sirojiddin-muhriddin', 'Sirojiddin Muhriddin', 'Sirojiddin Muhriddin', 'Сироджиддин Мухриддин', T.foreignMinister, 'country:TJ'),
  p('serdar-berdimuhamedov', 'Sərdar Berdiməhəmmədov', 'Serdar Berdimuhamedov', 'Сердар Бердымухамедов', T.president, 'country:TM'),
  p('kamchybek-tashiev', 'Kamçıbek Taşiyev', 'Kamchybek Tashiev', 'Камчыбек Ташиев', { az: 'Dövlət Milli Təhlükəsizlik Komitəsinin sədri', en: 'Chairman of the State Committee for National Security', ru: 'Председатель ГКНБ' }, 'country:KG'),
  // The Caucasus
  p('irakli-kobakhidze', 'İrakli Kobaxidze', 'Irakli Kobakhidze', 'Ираклий Кобахидзе', T.primeMinister, 'country:GE'),
  p('mikheil-kavelashvili', 'Mixeil Kavelaşvili', 'Mikheil Kavelashvili', 'Михаил Кавелашвили', T.president, 'country:GE'),
  p('nikol-pashinyan', 'Nikol Paşinyan', 'Nikol Pashinyan', 'Никол Пашинян', T.primeMinister, 'country:AM'),
  // Europe
  p('emmanuel-macron', 'Emmanuel Makron', 'Emmanuel Macron', 'Эмманюэль Макрон', T.president, 'country:FR', { az: ['Emmanuel Macron', 'Emmanuel Makron'] }),
  p('gerald-darmanin', 'Cerald Darmanen', 'Gérald Darmanin', 'Жеральд Дарманен', T.justiceMinister, 'country:FR', { az: ['Gérald Darmanin'], en: ['Gerald Darmanin'] }),
  p('giorgia-meloni', 'Corca Meloni', 'Giorgia Meloni', 'Джорджа Мелони', T.primeMinister, 'country:IT', { az: ['Giorgia Meloni'] }),
  p('sergio-mattarella', 'Sercio Mattarella', 'Sergio Mattarella', 'Серджо Маттарелла', T.president, 'country:IT', { az: ['Serjo Mattarella', 'Sergio Mattarella'] }),
  p('antonio-tajani', 'Antonio Tayani', 'Antonio Tajani', 'Антонио Таяни', T.foreignMinister, 'country:IT'),
  p('carlo-nordio', 'Karlo Nordio', 'Carlo Nordio', 'Карло Нордио', T.justiceMinister, 'country:IT', { az: ['Carlo Nordio'] }),
  p('luca-brandimarte', 'Luka Brandimarte', 'Luca Brandimarte', 'Лука Брандимарте', T.ambassador, 'country:IT'),
  p('olaf-scholz', 'Olaf Şolts', 'Olaf Scholz', 'Олаф Шольц', { az: 'Kansler', en: 'Chancellor', ru: 'Канцлер' }, 'country:DE'),
  p('friedrich-merz', 'Fridrix Merts', 'Friedrich Merz', 'Фридрих Мерц', { az: 'Kansler', en: 'Chancellor', ru: 'Канцлер' }, 'country:DE'),
  p('frank-walter-steinmeier', 'Frank-Valter Ştaynmayer', 'Frank-Walter Steinmeier', 'Франк-Вальтер Штайнмайер', T.president, 'country:DE'),
  p('ralf-horlemann', 'Ralf Horleman', 'Ralf Horlemann', 'Ральф Хорлеманн', T.ambassador, 'country:DE'),
  p('keir-starmer', 'Kir Starmer', 'Keir Starmer', 'Кир Стармер', T.primeMinister, 'country:GB'),
  p('james-sharp', 'Ceyms Şarp', 'James Sharp', 'Джеймс Шарп', T.ambassador, 'country:GB'),
  p('fergus-auld', 'Ferqus Auld', 'Fergus Auld', 'Фергюс Олд', T.ambassador, 'country:GB'),
  p('max-hill', 'Maks Hill', 'Max Hill', 'Макс Хилл', { az: 'Kral Prokurorluq Xidmətinin rəhbəri', en: 'Director of Public Prosecutions', ru: 'Директор Королевской прокурорской службы' }, 'country:GB'),
  p('gitanas-nauseda', 'Qitanas Nauseda', 'Gitanas Nausėda', 'Гитанас Науседа', T.president, 'country:LT', { en: ['Gitanas Nauseda'] }),
  p('aleksandar-vucic', 'Aleksandar Vuçiç', 'Aleksandar Vučić', 'Александр Вучич', T.president, 'country:RS', { en: ['Aleksandar Vucic'] }),
  p('viktor-orban', 'Viktor Orban', 'Viktor Orbán', 'Виктор Орбан', T.primeMinister, 'country:HU', { en: ['Viktor Orban'] }),
  // The United States
  p('donald-trump', 'Donald Tramp', 'Donald Trump', 'Дональд Трамп', T.president, 'country:US'),
  p('earle-litzenberger', 'Örl Litzenberqer', 'Earle Litzenberger', 'Эрл Литценбергер', T.ambassador, 'country:US'),
  // Asia and the Middle East
  p('ishaq-dar', 'İshaq Dar', 'Ishaq Dar', 'Исхак Дар', T.foreignMinister, 'country:PK'),
  p('asif-ali-zardari', 'Asif Əli Zərdari', 'Asif Ali Zardari', 'Асиф Али Зардари', T.president, 'country:PK'),
  p('shehbaz-sharif', 'Şahbaz Şərif', 'Shehbaz Sharif', 'Шахбаз Шариф', T.primeMinister, 'country:PK'),
  p('masoud-pezeshkian', 'Məsud Pezeşkian', 'Masoud Pezeshkian', 'Масуд Пезешкиан', T.president, 'country:IR'),
  p('wang-yi', 'Van İ', 'Wang Yi', 'Ван И', T.foreignMinister, 'country:CN'),
  p('isaac-herzog', 'İshak Hersoq', 'Isaac Herzog', 'Ицхак Герцог', T.president, 'country:IL'),
  p('faisal-bin-farhan', 'Feysəl bin Fərhan', 'Faisal bin Farhan', 'Фейсал бин Фархан', T.foreignMinister, 'country:SA'),
  p('mohamed-bin-zayed', 'Məhəmməd bin Zayed Al Nəhyan', 'Mohamed bin Zayed Al Nahyan', 'Мухаммед бен Зайед Аль Нахайян', T.president, 'country:AE'),
  p('abdullah-bin-zayed', 'Abdulla bin Zayed Al Nəhyan', 'Abdullah bin Zayed Al Nahyan', 'Абдалла бен Зайед Аль Нахайян', T.foreignMinister, 'country:AE'),
  p('abdel-fattah-el-sisi', 'Əbdül Fəttah əs-Sisi', 'Abdel Fattah El-Sisi', 'Абдель Фаттах ас-Сиси', T.president, 'country:EG'),
  // International organisations and their prosecution bodies
  p('antonio-guterres', 'Antonio Quterreş', 'António Guterres', 'Антониу Гутерриш', T.secretaryGeneral, 'org:un', { en: ['Antonio Guterres'] }),
  p('valdecy-urquiza', 'Valdesi Urkiza', 'Valdecy Urquiza', 'Вальдеси Уркиза', T.secretaryGeneral, 'org:interpol'),
  p('ahmed-naser-al-raisi', 'Ahmed Naser Al-Raisi', 'Ahmed Naser Al-Raisi', 'Ахмед Насер ар-Раиси', T.president, 'org:interpol', { az: ['Əhməd Nasir ər-Raisi'] }),
  p('alain-berset', 'Alen Berse', 'Alain Berset', 'Ален Берсе', T.secretaryGeneral, 'org:coe'),
  p('marija-pejcinovic-buric', 'Mariya Peyçinoviç-Buriç', 'Marija Pejčinović Burić', 'Мария Пейчинович-Бурич', T.secretaryGeneral, 'org:coe', { en: ['Marija Pejcinovic Buric'] }),
  p('feridun-sinirlioglu', 'Feridun Sinirlioğlu', 'Feridun Sinirlioğlu', 'Феридун Синирлиоглу', T.secretaryGeneral, 'org:osce', { en: ['Feridun Sinirlioglu'] }),
  p('kubanychbek-omuraliev', 'Kubanıçbek Ömürəliyev', 'Kubanychbek Omuraliev', 'Кубанычбек Омуралиев', T.secretaryGeneral, 'org:ots'),
  p('karim-khan', 'Kərim Xan', 'Karim Khan', 'Карим Хан', { az: 'Prokuror', en: 'Prosecutor', ru: 'Прокурор' }, 'org:icc'),
  p('ursula-von-der-leyen', 'Ursula fon der Lyayen', 'Ursula von der Leyen', 'Урсула фон дер Ляйен', T.president, 'org:european-commission'),
  p('josep-borrell', 'Jozep Borrel', 'Josep Borrell', 'Жозеп Боррель', { az: 'Ali nümayəndə', en: 'High Representative', ru: 'Верховный представитель' }, 'org:eu'),
  p('laura-kovesi', 'Laura Kodruta Köveşi', 'Laura Codruța Kövesi', 'Лаура Кодруца Кёвеши', { az: 'Baş prokuror', en: 'European Chief Prosecutor', ru: 'Главный европейский прокурор' }, 'org:eppo', { en: ['Laura Codruta Kovesi'] }),
  p('catherine-de-bolle', 'Katrin De Bolle', 'Catherine De Bolle', 'Катрин Де Болле', { az: 'İcraçı direktor', en: 'Executive Director', ru: 'Исполнительный директор' }, 'org:europol'),
  p('ghada-waly', 'Qada Vali', 'Ghada Waly', 'Гада Вали', { az: 'İcraçı direktor', en: 'Executive Director', ru: 'Исполнительный директор' }, 'org:unodc'),
];
