import { describe, expect, it } from 'vitest';
import { SHIPPED_REGISTRY } from '../../core/registry/shipped';
import { checkVersion, QA_SEVERITY, type QaCheck, type QaEntity, type QaInput, type QaIssue, type QaSegment } from '../../core/translate/qa';
import { termsFromRegistry, type Term } from '../../core/translate/termbase';

// A release as the service writes them, and a faithful English version.
const SEGMENTS: QaSegment[] = [
  {
    id: '0:0',
    source:
      'Qazaxıstan Respublikası Baş prokurorunun müavini Jandos Umiraliyevin rəhbərlik etdiyi nümayəndə heyəti 5 iyun 2024-cü il tarixində Bakıya işgüzar səfərə gəlib.',
    target:
      'On 5 June 2024, a delegation led by Deputy Prosecutor General of the Republic of Kazakhstan Zhandos Umiraliyev arrived in Baku on a working visit.',
  },
  {
    id: '1:0',
    source: '{1}Baş prokuror Kamran Əliyev{/1} qonaqları salamlayaraq ölkələrimiz arasında əməkdaşlığın 30 ildən artıq tarixə malik olduğunu qeyd edib.',
    target: '{1}Prosecutor General Kamran Aliyev{/1} welcomed the guests and noted that cooperation between our countries has a history of more than 30 years.',
  },
  {
    id: '1:1',
    source: 'Görüşdə 2023-cü ildə imzalanmış Anlaşma Memorandumunun icrası, o cümlədən qarşılıqlı hüquqi yardım məsələləri müzakirə olunub.',
    target: 'The implementation of the Memorandum of Understanding signed in 2023, including matters of mutual legal assistance, was discussed at the meeting.',
  },
  {
    id: '2:0',
    source: 'Qeyd olunub ki, ötən il ərzində 1 250 sorğu icra edilib, onların 87,5 faizi (1 094 sorğu) müsbət nəticələnib.',
    target: 'It was noted that 1,250 requests were executed over the past year, 87.5 percent of which (1,094 requests) were successful.',
  },
  {
    id: '2:1',
    source: 'Tərəflər cari ilin 11-12 mart tarixlərində keçirilmiş «Hüquq mühafizə orqanlarının 28-ci forumu»nun nəticələrinə də toxunublar.',
    target: 'The parties also touched upon the results of the “28th Forum of Law Enforcement Bodies” held on 11-12 March this year.',
  },
  {
    id: '3:0',
    source: 'Tərəflər İnterpol xətti ilə axtarışda olan şəxslərin ekstradisiyası sahəsində əməkdaşlığın genişləndirilməsinin vacibliyini vurğulayıblar.',
    target: "The parties stressed the importance of expanding cooperation on the extradition of persons wanted through Interpol's channels.",
  },
  {
    id: '4:0',
    source: 'Ətraflı məlumat üçün: {2}mətbuat xidməti{/2}{3/}tel.: (012) 555-55-55, 05.06.2024',
    target: 'For more information: {2}press service{/2}{3/}tel.: (012) 555-55-55, 05.06.2024',
  },
].map((s) => ({ ...s, status: 'reviewed' as const, outdated: false }));

const TERMS: Term[] = [
  { id: 't1', az: 'Baş prokuror', en: 'Prosecutor General', ru: 'Генеральный прокурор', forbidden: { en: ['General Prosecutor', 'Attorney General'] } },
  { id: 't2', az: 'qarşılıqlı hüquqi yardım', en: 'mutual legal assistance', ru: 'взаимная правовая помощь' },
  { id: 't3', az: 'ekstradisiya', en: 'extradition', ru: 'экстрадиция', forbidden: { en: ['deportation'] } },
  { id: 't4', az: 'Anlaşma Memorandumu', en: 'Memorandum of Understanding', ru: 'Меморандум о взаимопонимании' },
  { id: 't5', az: 'işgüzar səfər', en: 'working visit', ru: 'рабочий визит' },
  // The registry's names and titles feed the termbase as the app does it.
  ...termsFromRegistry(SHIPPED_REGISTRY),
];

const TAGGED: QaEntity[] = [
  { kind: 'person', names: { az: 'Kamran Əliyev', en: 'Kamran Aliyev', ru: 'Кямран Алиев' } },
  { kind: 'person', names: { az: 'Jandos Umiraliyev', en: 'Zhandos Umiraliyev', ru: 'Жандос Умиралиев' } },
  {
    kind: 'organization',
    names: { az: 'İnterpol', en: 'Interpol', ru: 'Интерпол' },
    aliases: { en: ['INTERPOL', 'International Criminal Police Organization'] },
  },
  // Countries are tagged too, but only people and bodies are looked for.
  { kind: 'country', names: { az: 'Qazaxıstan', en: 'Kazakhstan', ru: 'Казахстан' } },
];

function version(change: (segments: QaSegment[]) => void = () => {}, targetLang: QaInput['targetLang'] = 'en'): QaInput {
  const segments = SEGMENTS.map((s) => ({ ...s }));
  change(segments);
  return { sourceLang: 'az', targetLang, segments, terms: TERMS, taggedInSource: TAGGED };
}

function segment(segments: QaSegment[], id: string): QaSegment {
  return segments.find((s) => s.id === id)!;
}

/** Replaces `from` in a target, failing loudly if the fixture no longer holds it. */
function plant(segments: QaSegment[], id: string, from: string, to: string): void {
  const s = segment(segments, id);
  expect(s.target).toContain(from);
  s.target = s.target.replace(from, to);
}

function checks(issues: QaIssue[]): QaCheck[] {
  return [...new Set(issues.map((i) => i.check))];
}

describe('a clean version', () => {
  it('passes with no issue at all', () => {
    expect(checkVersion(version())).toEqual([]);
  });

  it('passes in Russian, with names and terms in their cases and dates written the Russian way', () => {
    const ru: Record<string, string> = {
      '0:0':
        '5 июня 2024 года в Баку с рабочим визитом прибыла делегация во главе с заместителем Генерального прокурора Республики Казахстан Жандосом Умиралиевым.',
      '1:0': '{1}Генеральный прокурор Кямран Алиев{/1}, приветствуя гостей, отметил, что сотрудничество между нашими странами насчитывает более 30 лет.',
      '1:1': 'На встрече обсуждены исполнение Меморандума о взаимопонимании, подписанного в 2023 году, в том числе вопросы взаимной правовой помощи.',
      '2:0': 'Отмечено, что за прошедший год исполнено 1 250 запросов, 87,5 процента из которых (1 094 запроса) дали положительный результат.',
      '2:1': 'Стороны также затронули итоги «28-го форума правоохранительных органов», прошедшего 11-12 марта текущего года.',
      '3:0': 'Стороны подчеркнули важность расширения сотрудничества в сфере экстрадиции лиц, разыскиваемых по линии Интерпола.',
      '4:0': 'Подробная информация: {2}пресс-служба{/2}{3/}тел.: (012) 555-55-55, 05.06.2024',
    };
    const input = version((segments) => segments.forEach((s) => (s.target = ru[s.id])), 'ru');
    expect(checkVersion(input)).toEqual([]);
  });
});

describe('each check catches its fault, and only that check fires', () => {
  const cases: { check: QaCheck; segmentId: string | null; change: (segments: QaSegment[]) => void; expected?: string; found?: string }[] = [
    {
      check: 'untranslated',
      segmentId: '2:0',
      change: (s) => Object.assign(segment(s, '2:0'), { target: '', status: 'empty' }),
    },
    { check: 'outdated', segmentId: '2:0', change: (s) => (segment(s, '2:0').outdated = true) },
    { check: 'numbers', segmentId: '2:0', change: (s) => plant(s, '2:0', '1,250', '1,205'), expected: '1250', found: '1205' },
    { check: 'numbers', segmentId: '2:0', change: (s) => plant(s, '2:0', '87.5', '875'), expected: '87.5', found: '875' },
    { check: 'numbers', segmentId: '2:1', change: (s) => plant(s, '2:1', '28th', '29th'), expected: '28', found: '29' },
    { check: 'numbers', segmentId: '0:0', change: (s) => plant(s, '0:0', '5 June 2024', '5 June 2023'), expected: '2024', found: '2023' },
    { check: 'dates', segmentId: '0:0', change: (s) => plant(s, '0:0', '5 June', '6 June'), expected: '5 June', found: '6 June' },
    { check: 'dates', segmentId: '0:0', change: (s) => plant(s, '0:0', '5 June', '5 July'), expected: '5 June', found: '5 July' },
    { check: 'dates', segmentId: '2:1', change: (s) => plant(s, '2:1', '11-12 March', '11-13 March'), expected: '12 March', found: '13 March' },
    { check: 'dates', segmentId: '4:0', change: (s) => plant(s, '4:0', '05.06.2024', '06.05.2024'), expected: '5 June', found: '6 May' },
    {
      check: 'term-missing',
      segmentId: '1:1',
      change: (s) => plant(s, '1:1', 'mutual legal assistance', 'mutual legal help'),
      expected: 'mutual legal assistance',
    },
    {
      check: 'term-forbidden',
      segmentId: '3:0',
      change: (s) => plant(s, '3:0', 'the extradition of persons', 'the extradition and deportation of persons'),
      expected: 'extradition',
      found: 'deportation',
    },
    {
      check: 'entity-missing',
      segmentId: null,
      change: (s) => plant(s, '1:0', 'Prosecutor General Kamran Aliyev', 'Prosecutor General'),
      expected: 'Kamran Aliyev',
    },
    {
      check: 'entity-missing',
      segmentId: null,
      change: (s) => plant(s, '3:0', "through Interpol's channels", 'internationally'),
      expected: 'Interpol',
    },
    { check: 'quotes', segmentId: '2:1', change: (s) => plant(s, '2:1', 'Bodies”', 'Bodies') },
    { check: 'quotes', segmentId: '2:1', change: (s) => plant(s, '2:1', '“28th Forum of Law Enforcement Bodies”', '«28th Forum of Law Enforcement Bodies”') },
    { check: 'brackets', segmentId: '2:0', change: (s) => plant(s, '2:0', '(1,094 requests)', '(1,094 requests') },
    { check: 'brackets', segmentId: '4:0', change: (s) => plant(s, '4:0', '(012)', '(012]') },
    { check: 'double-space', segmentId: '1:1', change: (s) => plant(s, '1:1', 'discussed at', 'discussed  at') },
    { check: 'placeholders', segmentId: '1:0', change: (s) => plant(s, '1:0', 'Aliyev{/1}', 'Aliyev'), expected: '{/1}' },
    { check: 'placeholders', segmentId: '4:0', change: (s) => plant(s, '4:0', '{3/}', '{4/}'), expected: '{3/}', found: '{4/}' },
  ];

  it.each(cases)('$check: $segmentId $expected → $found', ({ check, segmentId, change, expected, found }) => {
    const issues = checkVersion(version(change));
    expect(checks(issues)).toEqual([check]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ segmentId, severity: QA_SEVERITY[check] });
    if (expected !== undefined) expect(issues[0].expected).toBe(expected);
    if (found !== undefined) expect(issues[0].found).toBe(found);
    if (check === 'double-space') expect(issues[0].found).toContain('discussed  at');
  });

  it('a draft is a warning, an empty translation an error', () => {
    const issues = checkVersion(version((s) => (segment(s, '2:0').status = 'draft')));
    expect(issues).toMatchObject([{ check: 'untranslated', severity: 'warning', segmentId: '2:0' }]);
    expect(QA_SEVERITY.untranslated).toBe('error');
  });
});

describe('what the checks tolerate', () => {
  it('reads the same date and numbers written the other way round', () => {
    const issues = checkVersion(
      version((s) => {
        plant(s, '0:0', 'On 5 June 2024, a delegation', 'On June 5th, 2024, a delegation');
        plant(s, '2:1', 'on 11-12 March this year', 'on March 11–12 this year');
      }),
    );
    expect(issues).toEqual([]);
  });

  it('does not blame the translation for a quotation the segmenter split across sentences', () => {
    const issues = checkVersion({
      sourceLang: 'az',
      targetLang: 'en',
      segments: [
        { id: '0:0', source: 'O bildirib: «Əməkdaşlıq davam edəcək.', target: 'He said: “Cooperation will continue.', status: 'translated', outdated: false },
      ],
      terms: [],
      taggedInSource: [],
    });
    expect(issues).toEqual([]);
  });

  it('finds a Russian name in any case, an English name with its possessive, and skips a name unknown in the target language', () => {
    const tagged: QaEntity[] = [
      { kind: 'person', names: { az: 'Kamran Əliyev', en: 'Kamran Aliyev', ru: 'Кямран Алиев' } },
      { kind: 'organization', names: { az: 'Yerli Təşkilat', en: null, ru: null } },
    ];
    const run = (targetLang: 'en' | 'ru', target: string) =>
      checkVersion({
        sourceLang: 'az',
        targetLang,
        segments: [{ id: '0:0', source: 'Kamran Əliyevin Yerli Təşkilatla görüşü.', target, status: 'translated', outdated: false }],
        terms: [],
        taggedInSource: tagged,
      });
    expect(run('ru', 'Встреча Кямрана Алиева с местной организацией.')).toEqual([]);
    expect(run('en', "Kamran Aliyev's meeting with a local organisation.")).toEqual([]);
    expect(run('ru', 'Встреча Камрана с местной организацией.')).toMatchObject([{ check: 'entity-missing', expected: 'Кямран Алиев' }]);
  });
});
