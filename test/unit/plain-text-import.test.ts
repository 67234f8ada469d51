import { describe, expect, it } from 'vitest';
import { docToText } from '../../core/doc-text';
import { firstSentence } from '../../core/import/first-sentence';
import { decodeText } from '../../core/import/decode';
import { importPlainText } from '../../core/import/plain-text';
import { ImportRefusedError, type CleanupChange, type ImportedDraft } from '../../core/import/types';

const JAVASCRIPT = 'You must enable Javascript on your browser for the site to work optimally and display sections completely.';

/** The text after the title: the lead (the first paragraph, moved out of the body) and the body. */
const bodyText = (draft: ImportedDraft) => [draft.lead, docToText(draft.body)].filter(Boolean).join('\n\n');
const paragraphs = (draft: ImportedDraft) => bodyText(draft).split('\n\n');
const codes = (draft: ImportedDraft) => draft.warnings.map((w) => w.code);

function onlyChange(draft: ImportedDraft, kind: CleanupChange['kind']): CleanupChange {
  const found = draft.changes.filter((c) => c.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
}

/** Imports again with `change` undone: the change is gone, and every other change keeps its id. */
function undo(source: string, draft: ImportedDraft, change: CleanupChange): ImportedDraft {
  const again = importPlainText(source, { skip: [change.id] });
  expect(again.changes.map((c) => c.id)).toEqual(draft.changes.filter((c) => c !== change).map((c) => c.id));
  return again;
}

describe('release date', () => {
  it('takes "date YYYY-MM" as the first of the month and says the day is not known', () => {
    const source = ' date 2023-09 Görüş keçirilib\n\nBaş prokuror qonaqları qəbul edib.';
    const draft = importPlainText(source);
    expect(draft.releaseDate).toBe('2023-09-01');
    expect(codes(draft)).toContain('date-partial');
    expect(draft.title).toBe('Görüş keçirilib');
    expect(onlyChange(draft, 'date')).toEqual({ id: 'date@1', kind: 'date', before: 'date 2023-09', after: '2023-09-01' });
  });

  it('takes a full date as it is, with or without the keyword', () => {
    const cases: [string, string][] = [
      ['date 2024-05-15\n\nGörüş keçirilib\n\nMətn.', '2024-05-15'],
      ['Tarix: 2024-02-29\n\nGörüş keçirilib\n\nMətn.', '2024-02-29'],
      ['дата 03.11.2024 Встреча прошла\n\nТекст.', '2024-11-03'],
      ['15.05.2024\n\nGörüş keçirilib\n\nMətn.', '2024-05-15'],
    ];
    for (const [source, date] of cases) {
      const draft = importPlainText(source);
      expect(draft.releaseDate, source).toBe(date);
      expect(codes(draft), source).not.toContain('date-partial');
      expect(codes(draft), source).not.toContain('date-missing');
    }
  });

  it('leaves dates that are not dates of the release, or not real dates, in the text', () => {
    const sources = ['15.05.2024 Bakıda görüş keçirilib.\n\nMətn.', 'date 2023-02-29\n\nMətn.', 'date 2023-13\n\nMətn.', 'Görüş 2024-05-15 keçirilib.'];
    for (const source of sources) {
      const draft = importPlainText(source);
      expect(draft.releaseDate, source).toBeNull();
      expect(codes(draft), source).toContain('date-missing');
      expect(
        draft.changes.filter((c) => c.kind === 'date'),
        source,
      ).toEqual([]);
    }
  });

  it('can be undone: the date stays in the text and the release has no date', () => {
    const source = 'date 2023-09 Görüş keçirilib\n\nBaş prokuror qonaqları qəbul edib.';
    const draft = importPlainText(source);
    // The headline line now starts with the date, so it is another change, at another offset.
    const again = importPlainText(source, { skip: [onlyChange(draft, 'date').id] });
    expect(again.changes.map((c) => c.kind)).toEqual(['title']);
    expect(again.releaseDate).toBeNull();
    expect(codes(again)).toContain('date-missing');
    expect(again.title).toBe('date 2023-09 Görüş keçirilib');
  });
});

describe('title', () => {
  it('takes a short first line without a full stop, followed by a blank line, as the title', () => {
    const source = '\n\nBaş prokuror konfrans iştirakçıları ilə görüşüb\n\nİyunun 5-də Baş prokuror görüşüb. Sonra danışıb.';
    const draft = importPlainText(source);
    expect(draft.title).toBe('Baş prokuror konfrans iştirakçıları ilə görüşüb');
    expect(codes(draft)).not.toContain('title-proposed');
    // One paragraph after the headline: it stays in the body, and there is no lead to repeat it.
    expect(bodyText(draft)).toBe('İyunun 5-də Baş prokuror görüşüb. Sonra danışıb.');
    expect(draft.lead).toBe('');
  });

  it('takes a short first line with a full stop without the stop, and asks for review', () => {
    const draft = importPlainText('Ümumdünya prokurorlarının iclası Bakıda keçiriləcək.\n\nBaş Prokurorluğun mətbuat xidmətinin məlumatı.');
    expect(draft.title).toBe('Ümumdünya prokurorlarının iclası Bakıda keçiriləcək');
    expect(codes(draft)).toContain('title-proposed');
    expect(bodyText(draft)).toBe('Baş Prokurorluğun mətbuat xidmətinin məlumatı.');
  });

  it('takes a headline directly followed by the text when it ends without punctuation, and asks for review', () => {
    const draft = importPlainText('Görüş keçirilib\nBaş prokuror qonaqları qəbul edib.\nSöhbət uzun çəkib.');
    expect(draft.title).toBe('Görüş keçirilib');
    expect(codes(draft)).toContain('title-proposed');
    expect(bodyText(draft)).toBe('Baş prokuror qonaqları qəbul edib. Söhbət uzun çəkib.');
  });

  it('proposes the first sentence of the lead when there is no headline, moving the lead out of the body', () => {
    const lead =
      'Baş prokuror K. Əliyev BMT-nin 28-ci sessiyasında, 2024-cü ilin sentyabrında, prof. Smit və başqa həmkarları ilə birlikdə, ' +
      'beynəlxalq əməkdaşlığın genişləndirilməsi məsələlərini müzakirə edib. Görüşdə digər məsələlər də müzakirə olunub.';
    const draft = importPlainText(`${lead}\n\nİkinci abzas.`);
    expect(draft.title).toBe(
      'Baş prokuror K. Əliyev BMT-nin 28-ci sessiyasında, 2024-cü ilin sentyabrında, prof. Smit və başqa həmkarları ilə birlikdə, ' +
        'beynəlxalq əməkdaşlığın genişləndirilməsi məsələlərini müzakirə edib',
    );
    expect(codes(draft)).toContain('title-proposed');
    expect(paragraphs(draft)).toEqual([lead, 'İkinci abzas.']);
    expect(draft.lead).toBe(lead);
    expect(docToText(draft.body)).toBe('İkinci abzas.');
    expect(draft.changes.filter((c) => c.kind === 'title')).toEqual([]);
  });

  it('does not take a short line of two sentences as the headline', () => {
    const draft = importPlainText('Görüş olub. Çox uzun çəkib\n\nİkinci abzas.');
    expect(draft.title).toBe('Görüş olub');
    expect(paragraphs(draft)).toEqual(['Görüş olub. Çox uzun çəkib', 'İkinci abzas.']);
  });

  it('can be undone: the line stays in the body and the title is proposed from it', () => {
    const source = 'Görüş keçirilib\n\nBaş prokuror qonaqları qəbul edib.';
    const draft = importPlainText(source);
    expect(onlyChange(draft, 'title')).toEqual({ id: 'title@0', kind: 'title', before: 'Görüş keçirilib', after: 'Görüş keçirilib' });
    const again = undo(source, draft, onlyChange(draft, 'title'));
    expect(paragraphs(again)).toEqual(['Görüş keçirilib', 'Baş prokuror qonaqları qəbul edib.']);
    expect(codes(again)).toContain('title-proposed');
  });

  it('keeps a proposed title within the length a release title may have', () => {
    const sentence = `${'uzun söz '.repeat(80)}sonu.`;
    const draft = importPlainText(sentence);
    expect(draft.title.length).toBeLessThanOrEqual(500);
    expect(draft.title.endsWith('…')).toBe(true);
    expect(sentence.startsWith(draft.title.slice(0, -1))).toBe(true);
  });
});

describe('firstSentence', () => {
  it('does not stop at initials, abbreviations, numbers or suffixed abbreviations', () => {
    expect(firstSentence('K.Əliyev və A. B. Məmmədov BMT-nin 28-ci iclasında çıxış edib. Sonra getdi.')).toBe(
      'K.Əliyev və A. B. Məmmədov BMT-nin 28-ci iclasında çıxış edib.',
    );
    expect(firstSentence('Mr. Smith met Dr. Jones on 14.09.2023. They talked.')).toBe('Mr. Smith met Dr. Jones on 14.09.2023.');
    expect(firstSentence('В 2024 г. Генпрокурор встретился с коллегами. Затем уехал.')).toBe('В 2024 г. Генпрокурор встретился с коллегами.');
    expect(firstSentence('Görüş keçirilib! "Yeni" mərhələ başlayıb.')).toBe('Görüş keçirilib!');
    expect(firstSentence('  Tək cümlə  ')).toBe('Tək cümlə');
  });
});

describe('words broken at a line end', () => {
  it('joins a word broken by the layout and lists the change', () => {
    const source = 'Başlıq\n\nərazi bütövlüyünün bərpa olundu-\nğu qeyd edilib.';
    const draft = importPlainText(source);
    expect(bodyText(draft)).toBe('ərazi bütövlüyünün bərpa olunduğu qeyd edilib.');
    expect(onlyChange(draft, 'hyphen-join')).toEqual({
      id: `hyphen-join@${source.indexOf('-\n')}`,
      kind: 'hyphen-join',
      before: 'olundu-\nğu',
      after: 'olunduğu',
    });
  });

  it('keeps real hyphenated words: known compounds, abbreviations, capitals, repetitions', () => {
    const source =
      'Başlıq\n\nhüquq-\nmühafizə orqanları, milli-\nmədəni irs, iyunun 5-\ndə BMT-\nnin iclası, COP29-\nun işi, ' +
      'Anti-\nKorrupsiya şəbəkəsi, bir-\nbirinə dəstək, vitse-\nprezident.';
    const draft = importPlainText(source);
    expect(bodyText(draft)).toBe(
      'hüquq-mühafizə orqanları, milli-mədəni irs, iyunun 5-də BMT-nin iclası, COP29-un işi, ' +
        'Anti-Korrupsiya şəbəkəsi, bir-birinə dəstək, vitse-prezident.',
    );
    expect(draft.changes.filter((c) => c.kind === 'hyphen-join')).toEqual([]);
  });

  it('follows how the same text writes the word elsewhere', () => {
    const hyphenated = importPlainText('Başlıq\n\ndini-fəlsəfi baxış və dini-\nfəlsəfi əsərlər.');
    expect(bodyText(hyphenated)).toBe('dini-fəlsəfi baxış və dini-fəlsəfi əsərlər.');
    const joined = importPlainText('Başlıq\n\nbeynəlxalq təşkilat və başqa təşki-\nlat.');
    expect(bodyText(joined)).toBe('beynəlxalq təşkilat və başqa təşkilat.');
  });

  it('keeps the hyphen between two words the text also uses on their own, and joins a fragment', () => {
    const words = importPlainText('Başlıq\n\nqızıl və gümüş, qızıl-\ngümüş məmulatları.');
    expect(bodyText(words)).toBe('qızıl və gümüş, qızıl-gümüş məmulatları.');
    const fragment = importPlainText('Başlıq\n\nqızıl və gümüş, məmu-\nlatları.');
    expect(bodyText(fragment)).toBe('qızıl və gümüş, məmulatları.');
  });

  it('can be undone inside a paragraph (hyphen kept) and across a blank line (paragraphs kept apart)', () => {
    const inside = 'Başlıq\n\nbərpa olundu-\nğu qeyd edilib.';
    const insideDraft = importPlainText(inside);
    expect(bodyText(undo(inside, insideDraft, onlyChange(insideDraft, 'hyphen-join')))).toBe('bərpa olundu-ğu qeyd edilib.');

    const across = 'Başlıq\n\nbərpa olundu-\n\nğu qeyd edilib.';
    const acrossDraft = importPlainText(across);
    expect(onlyChange(acrossDraft, 'hyphen-join').before).toBe('olundu-\n\nğu');
    expect(bodyText(acrossDraft)).toBe('bərpa olunduğu qeyd edilib.');
    expect(acrossDraft.changes.filter((c) => c.kind === 'whitespace')).toEqual([]);
    expect(paragraphs(undo(across, acrossDraft, onlyChange(acrossDraft, 'hyphen-join')))).toEqual(['bərpa olundu-', 'ğu qeyd edilib.']);
  });
});

describe('paragraphs', () => {
  it('rebuilds paragraphs from blank lines and turns single line breaks into spaces', () => {
    const draft = importPlainText('Başlıq\n\nBirinci abzasın\n  birinci cümləsi.  \nİkinci cümlə.\n\n\n\nİkinci abzas.\n');
    expect(paragraphs(draft)).toEqual(['Birinci abzasın birinci cümləsi. İkinci cümlə.', 'İkinci abzas.']);
    expect(draft.changes).toHaveLength(1);
  });

  it('joins a paragraph broken off mid-sentence, and the join can be undone', () => {
    const source = 'Başlıq\n\norqanları arasında\n\n\n\nəməkdaşlığı dərinləşdirəcək. Yeni cümlə.\n\nSon abzas.';
    const draft = importPlainText(source);
    expect(paragraphs(draft)).toEqual(['orqanları arasında əməkdaşlığı dərinləşdirəcək. Yeni cümlə.', 'Son abzas.']);
    const change = onlyChange(draft, 'whitespace');
    expect(change).toEqual({
      id: `whitespace@${source.indexOf('arasında') + 'arasında'.length}`,
      kind: 'whitespace',
      before: 'arasında\n\n\n\nəməkdaşlığı',
      after: 'arasında əməkdaşlığı',
    });
    expect(paragraphs(undo(source, draft, change))).toEqual(['orqanları arasında', 'əməkdaşlığı dərinləşdirəcək. Yeni cümlə.', 'Son abzas.']);
  });

  it('keeps paragraphs apart when the first ends a sentence or the next starts with a capital', () => {
    const draft = importPlainText('Başlıq\n\nBirinci abzas.\n\nikinci abzas\n\nÜçüncü abzas.');
    expect(paragraphs(draft)).toEqual(['Birinci abzas.', 'ikinci abzas', 'Üçüncü abzas.']);
  });
});

describe('boilerplate', () => {
  it('removes site chrome lines in three languages and keeps sentences that mention the site', () => {
    const source = [
      'Başlıq',
      '',
      'Baş Prokurorluğun mətbuat xidmətindən Metbuat.az-a verilən xəbərə görə, görüş keçirilib.',
      'Paylaş',
      '',
      'Ətraflı:',
      '',
      'Читать далее',
      'We use cookies to improve your experience. Accept',
      '© 2024 Metbuat.az',
      '',
      'Son abzas.',
      '',
      JAVASCRIPT,
    ].join('\n');
    const draft = importPlainText(source);
    expect(paragraphs(draft)).toEqual(['Baş Prokurorluğun mətbuat xidmətindən Metbuat.az-a verilən xəbərə görə, görüş keçirilib.', 'Son abzas.']);
    const removed = draft.changes.filter((c) => c.kind === 'boilerplate');
    expect(removed.map((c) => c.before)).toEqual([
      'Paylaş',
      'Ətraflı:',
      'Читать далее',
      'We use cookies to improve your experience. Accept',
      '© 2024 Metbuat.az',
      JAVASCRIPT,
    ]);
    expect(removed.every((c) => c.after === '')).toBe(true);
    expect(removed.find((c) => c.before === JAVASCRIPT)!.id).toBe(`boilerplate@${source.indexOf(JAVASCRIPT)}`);
  });

  it('keeps a paragraph that merely talks about the same things', () => {
    const draft = importPlainText('Başlıq\n\nPaylaş düyməsi haqqında Son xəbərlər verilişində danışılıb.');
    expect(bodyText(draft)).toBe('Paylaş düyməsi haqqında Son xəbərlər verilişində danışılıb.');
    expect(draft.changes.filter((c) => c.kind === 'boilerplate')).toEqual([]);
  });

  it('can be undone', () => {
    const source = `Başlıq\n\nMətn.\n\n${JAVASCRIPT}`;
    const draft = importPlainText(source);
    expect(paragraphs(undo(source, draft, onlyChange(draft, 'boilerplate')))).toEqual(['Mətn.', JAVASCRIPT]);
  });
});

describe('characters', () => {
  it('drops control characters, turns vertical tab and form feed into line breaks, keeps tabs', () => {
    const source = 'Başlıq\n\nBa\u0000kı\u0007 şəhəri\u000Bikinci\tsətir\u0085\uFEFF.\u000C\u000Cüçüncü abzas.';
    const draft = importPlainText(source);
    expect(paragraphs(draft)).toEqual(['Bakı şəhəri ikinci\tsətir.', 'üçüncü abzas.']);
    const changes = draft.changes.filter((c) => c.kind === 'control-chars');
    expect(changes.map((c) => [c.id, c.before, c.after])).toEqual([
      [`control-chars@${source.indexOf('\u0000')}`, '\u0000', ''],
      [`control-chars@${source.indexOf('\u0007')}`, '\u0007', ''],
      [`control-chars@${source.indexOf('\u000B')}`, '\u000B', '\n'],
      [`control-chars@${source.indexOf('\u0085')}`, '\u0085\uFEFF', ''],
      [`control-chars@${source.indexOf('\u000C')}`, '\u000C\u000C', '\n\n'],
    ]);
  });

  it('can undo a control-character change', () => {
    const source = 'Başlıq\n\nBa\u0000kı şəhəri.';
    const draft = importPlainText(source);
    expect(bodyText(undo(source, draft, onlyChange(draft, 'control-chars')))).toBe('Ba\u0000kı şəhəri.');
  });

  it('normalises to NFC word by word, and the change can be undone', () => {
    const decomposed = 'gu\u0308n';
    const source = `Başlıq\n\nBu ${decomposed} görüş olub.`;
    const draft = importPlainText(source);
    expect(bodyText(draft)).toBe('Bu gün görüş olub.');
    expect(onlyChange(draft, 'nfc')).toEqual({ id: `nfc@${source.indexOf(decomposed)}`, kind: 'nfc', before: decomposed, after: 'gün' });
    expect(bodyText(undo(source, draft, onlyChange(draft, 'nfc')))).toBe(`Bu ${decomposed} görüş olub.`);
  });

  it('reads CRLF and CR line endings as line breaks without listing them as changes', () => {
    const draft = importPlainText('Başlıq\r\n\r\nBirinci\r\nsətir.\r\rİkinci abzas.');
    expect(draft.title).toBe('Başlıq');
    expect(paragraphs(draft)).toEqual(['Birinci sətir.', 'İkinci abzas.']);
    expect(draft.changes.map((c) => c.kind)).toEqual(['title']);
  });
});

describe('the draft', () => {
  it('guesses the language from the letters unless told', () => {
    expect(importPlainText('Встреча\n\nГенпрокурор встретился с коллегами.').language).toBe('ru');
    expect(importPlainText('Meeting\n\nThe Prosecutor General met colleagues.').language).toBe('en');
    expect(importPlainText('Görüş\n\nBaş prokuror həmkarları ilə görüşüb.').language).toBe('az');
    expect(importPlainText('Meeting\n\nThe Prosecutor General met colleagues.', { language: 'az' }).language).toBe('az');
  });

  it('refuses a text with no words', () => {
    for (const source of ['', '  \n\n \t\n', '\u0000\u0001', JAVASCRIPT, 'date 2024-05']) {
      expect(() => importPlainText(source), JSON.stringify(source)).toThrow(ImportRefusedError);
    }
  });

  it('makes a body of paragraphs the editor schema accepts', () => {
    const draft = importPlainText('Başlıq\n\nBirinci.\n\nİkinci.\n\nÜçüncü.');
    expect(draft.lead).toBe('Birinci.');
    expect(draft.body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'İkinci.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Üçüncü.' }] },
      ],
    });
    expect(draft.properties).toEqual({});
  });

  it('imports a Russian release decoded from Windows-1251', () => {
    // "Встреча\r\n\r\nТекст." in Windows-1251.
    const bytes = new Uint8Array([0xc2, 0xf1, 0xf2, 0xf0, 0xe5, 0xf7, 0xe0, 0x0d, 0x0a, 0x0d, 0x0a, 0xd2, 0xe5, 0xea, 0xf1, 0xf2, 0x2e]);
    const draft = importPlainText(decodeText(bytes).text);
    expect(draft.title).toBe('Встреча');
    expect(bodyText(draft)).toBe('Текст.');
    expect(draft.language).toBe('ru');
  });
});
