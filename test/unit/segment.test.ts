import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { restoreMarks, segmentDoc, splitSentences, type SegmentLanguage } from '../../core/translate/segment';

function sentences(text: string, language: SegmentLanguage): string[] {
  return splitSentences(text, language).map((span) => text.slice(span.start, span.end));
}

type Case = [text: string, expected: string[]];

describe('splitSentences in Azerbaijani', () => {
  const cases: Case[] = [
    ['Baş prokuror K.Əliyev görüşüb. Görüşdə məsələlər müzakirə olunub.', ['Baş prokuror K.Əliyev görüşüb.', 'Görüşdə məsələlər müzakirə olunub.']],
    ['Prezident İ. Əliyev çıxış edib. Sonra İ.Əliyev qonaqları qəbul edib.', ['Prezident İ. Əliyev çıxış edib.', 'Sonra İ.Əliyev qonaqları qəbul edib.']],
    [
      'BMT-nin nümayəndəsi gəlib. 2024-cü ilin sentyabrında 29-cu konfrans keçiriləcək.',
      ['BMT-nin nümayəndəsi gəlib.', '2024-cü ilin sentyabrında 29-cu konfrans keçiriləcək.'],
    ],
    ['Görüş 05.06.2024 tarixində keçirilib. Görüş 3.5 saat çəkib.', ['Görüş 05.06.2024 tarixində keçirilib.', 'Görüş 3.5 saat çəkib.']],
    ['Xəbəri Metbuat.az-a verdilər. Xəbər yayılıb.', ['Xəbəri Metbuat.az-a verdilər.', 'Xəbər yayılıb.']],
    ['Ofis Bakı şəh. Nizami küç. 5 ünvanında yerləşir.', ['Ofis Bakı şəh. Nizami küç. 5 ünvanında yerləşir.']],
    ['Tədbirdə prof. Məmmədov, akad. Əlizadə və dos. Quliyeva çıxış ediblər.', ['Tədbirdə prof. Məmmədov, akad. Əlizadə və dos. Quliyeva çıxış ediblər.']],
    ['Qala e.ə. IV əsrdə tikilib. Bərpa olunub.', ['Qala e.ə. IV əsrdə tikilib.', 'Bərpa olunub.']],
    ['Məruzəni t.e.d. Həsənov və h.ü.f.d. Rzayev ediblər.', ['Məruzəni t.e.d. Həsənov və h.ü.f.d. Rzayev ediblər.']],
    ['Kitablar, jurnallar və s. paylanılıb.', ['Kitablar, jurnallar və s. paylanılıb.']],
    ['Kitablar, jurnallar və s. Bundan sonra iclas bağlanıb.', ['Kitablar, jurnallar və s.', 'Bundan sonra iclas bağlanıb.']],
    ['Qərar No. 5 qəbul edilib. Səh. 12-yə baxın.', ['Qərar No. 5 qəbul edilib.', 'Səh. 12-yə baxın.']],
    ['O dedi: "Gözləyin... Sonra danışarıq." Görüş bitdi.', ['O dedi: "Gözləyin... Sonra danışarıq."', 'Görüş bitdi.']],
    ['O dedi: «Gözləyin… Sonra» və getdi.', ['O dedi: «Gözləyin… Sonra» və getdi.']],
    ['"Biz qalib gəldik!" deyə bildirib.', ['"Biz qalib gəldik!" deyə bildirib.']],
    ['Görüş bitdi… Növbəti görüş sabahdır.', ['Görüş bitdi…', 'Növbəti görüş sabahdır.']],
    ['Nə baş verdi?! Heç kim bilmir!', ['Nə baş verdi?!', 'Heç kim bilmir!']],
    ['(Bax: əlavə.) Sonra gəldi.', ['(Bax: əlavə.)', 'Sonra gəldi.']],
    ['«Azərbaycan» qəzeti yazır. «Xalq» qəzeti də yazır.', ['«Azərbaycan» qəzeti yazır.', '«Xalq» qəzeti də yazır.']],
    ['1. Birinci bənd. 2. İkinci bənd.', ['1. Birinci bənd.', '2. İkinci bənd.']],
    ['Görüş mayın 5-də keçirilib. Sonra.', ['Görüş mayın 5-də keçirilib.', 'Sonra.']],
    ['Qonaq sözünü bitirdi. sonra kiçik hərflə davam.', ['Qonaq sözünü bitirdi. sonra kiçik hərflə davam.']],
  ];
  it.each(cases)('%s', (text, expected) => expect(sentences(text, 'az')).toEqual(expected));

  it('breaks at every line, with or without a full stop, and drops blank lines', () => {
    const text = '  Başlıq\n\nBirinci abzas. İkinci cümlə\r\n   \nSon abzas  ';
    expect(sentences(text, 'az')).toEqual(['Başlıq', 'Birinci abzas.', 'İkinci cümlə', 'Son abzas']);
  });

  it('gives nothing for empty or blank text', () => {
    expect(splitSentences('', 'az')).toEqual([]);
    expect(splitSentences(' \n\t \n', 'ru')).toEqual([]);
  });
});

describe('splitSentences in Russian', () => {
  const cases: Case[] = [
    [
      'Генеральный прокурор К. Алиев встретился с делегацией. Стороны обсудили вопросы.',
      ['Генеральный прокурор К. Алиев встретился с делегацией.', 'Стороны обсудили вопросы.'],
    ],
    ['Встречу провёл Дж. Байрамов. Затем состоялся брифинг.', ['Встречу провёл Дж. Байрамов.', 'Затем состоялся брифинг.']],
    ['В 2024 г. Президент подписал указ.', ['В 2024 г. Президент подписал указ.']],
    ['Офис находится на ул. Низами, д. 5. Вход свободный.', ['Офис находится на ул. Низами, д. 5.', 'Вход свободный.']],
    [
      'Обсуждены вопросы экономики, культуры и т.д. Затем стороны подписали меморандум.',
      ['Обсуждены вопросы экономики, культуры и т.д.', 'Затем стороны подписали меморандум.'],
    ],
    ['Приняли книги, журналы и т. д. Затем подписали акт.', ['Приняли книги, журналы и т. д.', 'Затем подписали акт.']],
    ['Он прибыл в столицу, т. е. Баку, утром.', ['Он прибыл в столицу, т. е. Баку, утром.']],
    ['Ущерб составил 5 млн. 300 тыс. манатов.', ['Ущерб составил 5 млн. 300 тыс. манатов.']],
    ['Ущерб составил 5 млн. Дело передано в суд.', ['Ущерб составил 5 млн.', 'Дело передано в суд.']],
    ['Делегация посетила Центр им. Гейдара Алиева.', ['Делегация посетила Центр им. Гейдара Алиева.']],
    ['Выступили проф. Иванов и акад. Петров. См. Приложение 1.', ['Выступили проф. Иванов и акад. Петров.', 'См. Приложение 1.']],
    ['«Мы готовы…» — сказал он. Встреча завершилась.', ['«Мы готовы…» — сказал он.', 'Встреча завершилась.']],
    ['Согласно ст. 15 закона, меры приняты. Подробнее — на сайте.', ['Согласно ст. 15 закона, меры приняты.', 'Подробнее — на сайте.']],
  ];
  it.each(cases)('%s', (text, expected) => expect(sentences(text, 'ru')).toEqual(expected));
});

describe('splitSentences in English', () => {
  const cases: Case[] = [
    ['Mr. Smith met Dr. Jones. They discussed cooperation.', ['Mr. Smith met Dr. Jones.', 'They discussed cooperation.']],
    ['The U.S. Department of Justice sent a delegation.', ['The U.S. Department of Justice sent a delegation.']],
    ['A. B. Smith arrived on Jan. 5 in Baku.', ['A. B. Smith arrived on Jan. 5 in Baku.']],
    ['Books, journals, etc. The meeting then closed.', ['Books, journals, etc.', 'The meeting then closed.']],
    ['Several countries, e.g. Azerbaijan, joined, i.e. Most of them.', ['Several countries, e.g. Azerbaijan, joined, i.e. Most of them.']],
    ['Order No. 5 was signed. It takes effect today.', ['Order No. 5 was signed.', 'It takes effect today.']],
    ['It cost 3.5 million. The case is closed.', ['It cost 3.5 million.', 'The case is closed.']],
    ['He said "Wait..." and left.', ['He said "Wait..." and left.']],
    ['"We won!" The crowd cheered.', ['"We won!"', 'The crowd cheered.']],
    ['She asked: "Why?" Nobody answered.', ['She asked: "Why?"', 'Nobody answered.']],
    ['Prof. Aliyev of St. Petersburg spoke vs. Gen. Hasanov.', ['Prof. Aliyev of St. Petersburg spoke vs. Gen. Hasanov.']],
  ];
  it.each(cases)('%s', (text, expected) => expect(sentences(text, 'en')).toEqual(expected));
});

describe('splitSentences in general', () => {
  it('uses the abbreviations of the language it is told', () => {
    const text = 'Ofis Bakı şəh. Nizami küç. 5 ünvanında yerləşir.';
    expect(sentences(text, 'az')).toHaveLength(1);
    expect(sentences(text, 'en')).toEqual(['Ofis Bakı şəh.', 'Nizami küç.', '5 ünvanında yerləşir.']);
  });

  it('returns trimmed, ordered spans that hold every non-space character', () => {
    const texts = [
      '  Birinci. İkinci!  Üçüncü?\n\n  «Dördüncü…» Beşinci. ',
      'K.Əliyev. A. B. Smith. "Quote." (Bracket.) 1. List.\tTab. \u00a0Nbsp.',
      'Ä. Ö. Ü.\n\n\n.\n!?\n…',
    ];
    for (const text of texts) {
      for (const language of ['az', 'en', 'ru'] as const) {
        const spans = splitSentences(text, language);
        let covered = '';
        let last = 0;
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(text[start]).toMatch(/\S/);
          expect(text[end - 1]).toMatch(/\S/);
          covered += text.slice(start, end);
          last = end;
        }
        expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }
    }
  });
});

const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = { type: 'link', attrs: { href: 'https://un.org', target: '_blank' } };
const text = (value: string, ...marks: { type: string; attrs?: Record<string, unknown> }[]): DocNode =>
  marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

describe('segmentDoc', () => {
  it('splits each text block into sentences with numbered placeholders for marks', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        paragraph(text('Baş prokuror '), text('K.Əliyev', bold), text(' görüşüb. Görüşdə '), text('BMT', link), text('-nin nümayəndəsi iştirak edib.')),
      ],
    };
    expect(segmentDoc(doc, 'az')).toEqual([
      { id: '0:0', blockPath: [0], text: 'Baş prokuror {1}K.Əliyev{/1} görüşüb.', marks: { 1: { kind: 'mark', ...bold } } },
      {
        id: '0:1',
        blockPath: [0],
        text: 'Görüşdə {1}BMT{/1}-nin nümayəndəsi iştirak edib.',
        marks: { 1: { kind: 'mark', ...link } },
      },
    ]);
  });

  it('closes and reopens a mark that crosses a sentence end', () => {
    const doc: DocNode = { type: 'doc', content: [paragraph(text('Birinci cümlə. İkinci', bold), text(' cümlə.'))] };
    expect(segmentDoc(doc, 'az').map((segment) => segment.text)).toEqual(['{1}Birinci cümlə.{/1}', '{1}İkinci{/1} cümlə.']);
  });

  it('keeps a hard break inside its segment as a self-closing placeholder', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [paragraph(text('Bakı şəhəri,'), { type: 'hardBreak' }, text('Nizami küçəsi 5. '), text('Sonra.'))],
    };
    const segments = segmentDoc(doc, 'az');
    expect(segments.map((segment) => segment.text)).toEqual(['Bakı şəhəri,{1/}Nizami küçəsi 5.', 'Sonra.']);
    expect(segments[0].marks).toEqual({ 1: { kind: 'node', type: 'hardBreak' } });
  });

  it('gives every text block its path through lists, quotes and tables, and skips empty ones', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [text('Başlıq')] },
        { type: 'paragraph' },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Bənd bir. Bənd iki.'))] }] },
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph(text('Xana.'))] }] }],
        },
        { type: 'blockquote', content: [paragraph(text('Sitat.'))] },
      ],
    };
    expect(segmentDoc(doc, 'az').map(({ id, blockPath, text }) => [id, blockPath, text])).toEqual([
      ['0:0', [0], 'Başlıq'],
      ['2.0.0:0', [2, 0, 0], 'Bənd bir.'],
      ['2.0.0:1', [2, 0, 0], 'Bənd iki.'],
      ['3.0.0.0:0', [3, 0, 0, 0], 'Xana.'],
      ['4.0:0', [4, 0], 'Sitat.'],
    ]);
  });

  it('gives the same ids for the same document', () => {
    const doc: DocNode = { type: 'doc', content: [paragraph(text('Bir. İki.')), paragraph(text('Üç.'))] };
    expect(segmentDoc(doc, 'az').map((s) => s.id)).toEqual(['0:0', '0:1', '1:0']);
    expect(segmentDoc(structuredClone(doc), 'az')).toEqual(segmentDoc(doc, 'az'));
  });

  it('restores the source inline content from its own segment text', () => {
    const inline: DocNode[] = [
      text('Adi '),
      text('qalın', bold),
      text(' qalın-maili', bold, italic),
      text(' maili', italic),
      text(' {1} və {{x}} '),
      text('keçid', link),
      { type: 'hardBreak', marks: [bold] },
      text('son.'),
    ];
    const [segment] = segmentDoc({ type: 'doc', content: [paragraph(...inline)] }, 'az');
    expect(segment.text).toBe('Adi {1}qalın{2} qalın-maili{/2}{/1}{2} maili{/2} {{1} və {{{{x}} {3}keçid{/3}{1}{4/}{/1}son.');
    const restored = restoreMarks(segment.text, segment.marks);
    expect(restored).toMatchObject({ ok: true, missing: [], extra: [], unclosed: [], unopened: [] });
    expect(restored.content).toEqual(inline);
  });
});

describe('restoreMarks', () => {
  const marks = {
    1: { kind: 'mark' as const, ...bold },
    2: { kind: 'mark' as const, ...link },
    3: { kind: 'node' as const, type: 'hardBreak' },
  };

  it('carries marks to a target that moves them around', () => {
    const restored = restoreMarks('{2}Link{/2} and {1}bold{3/}text{/1}.', marks);
    expect(restored.ok).toBe(true);
    expect(restored.content).toEqual([
      text('Link', link),
      text(' and '),
      text('bold', bold),
      { type: 'hardBreak', marks: [bold] },
      text('text', bold),
      text('.'),
    ]);
  });

  it('accepts placeholders that cross, since marks are sets', () => {
    const restored = restoreMarks('{1}a{2}b{/1}c{/2}{3/}', marks);
    expect(restored.ok).toBe(true);
    expect(restored.content).toEqual([text('a', bold), text('b', bold, link), text('c', link), { type: 'hardBreak' }]);
  });

  it('reports missing, unknown, unclosed and unopened placeholders and still gives the text', () => {
    const restored = restoreMarks('{1}qalın {5}x{/5} {3}y{2/} z{/2}', marks);
    expect(restored.ok).toBe(false);
    expect(restored.missing).toEqual(['3']);
    expect(restored.extra).toEqual(['{5}', '{/5}', '{3}', '{2/}']);
    expect(restored.unclosed).toEqual(['1']);
    expect(restored.unopened).toEqual(['2']);
    expect(restored.content).toEqual([text('qalın x y z', bold)]);
  });

  it('reports every placeholder as missing from a target that dropped them', () => {
    const restored = restoreMarks('Sadə mətn {tək mötərizə}.', marks);
    expect(restored).toMatchObject({ ok: false, missing: ['1', '2', '3'], extra: [] });
    expect(restored.content).toEqual([text('Sadə mətn {tək mötərizə}.')]);
  });
});
