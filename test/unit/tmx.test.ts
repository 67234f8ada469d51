import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../core/import/decode';
import { restoreMarks, segmentDoc } from '../../core/translate/segment';
import { readTmx, tmxLanguage, TmxFormatError, writeTmx, type TmxWriteUnit } from '../../core/translate/tmx';
import { tempDir } from '../helpers/temp-dir';
import { missingTools } from '../helpers/tools';
import { validateTmx, xpathString } from '../helpers/xmllint';

const FIXTURES = fileURLToPath(new URL('../fixtures/tmx/', import.meta.url));
const OPTIONS = { srcLang: 'az', adminLang: 'en', creationTool: 'Pressdesk', creationToolVersion: '0.1.0', now: Date.UTC(2024, 5, 3, 10, 15) } as const;

// Everything XML makes hard: markup characters, both quotes, a literal brace, tabs and line breaks,
// letters outside the BMP, Azerbaijani and Russian letters in both cases, a no-break space.
const UNITS: TmxWriteUnit[] = [
  {
    sourceLang: 'az',
    targetLang: 'en',
    source: 'Baş prokuror {1}Kamran Əliyev{/1} «Ədalət & <Qanun>» mükafatını təqdim edib.',
    target: 'Prosecutor General {1}Kamran Aliyev{/1} presented the "Justice & <Law>" award.',
    createdAt: Date.UTC(2024, 0, 2, 3, 4, 5),
    updatedAt: Date.UTC(2024, 1, 2, 3, 4, 5),
  },
  {
    sourceLang: 'az',
    targetLang: 'ru',
    source: 'İŞÇİ QRUPU ıslahat üzrə {{plan}} hazırlayıb:\tbənd 1{2/}bənd 2 ’ 😀 100\u00a0manat.',
    target: 'РАБОЧАЯ ГРУППА подготовила {{план}} реформы:\tпункт 1{2/}пункт 2 ’ 😀 100\u00a0манатов. Ёлка й',
  },
  {
    // A mark used twice, and placeholders crossing in the target as a translator may leave them.
    sourceLang: 'az',
    targetLang: 'en',
    source: '{1}Bakı{/1} və {1}Gəncə{/1} {2}prokurorları{/2} görüşüb.',
    target: 'Prosecutors {2}of {1}Baku{/2} and Ganja{/1} met {1}today{/1}.',
  },
  {
    sourceLang: 'en',
    targetLang: 'az',
    source: 'The Office\'s "open door" day {1}starts{/1}',
    target: 'Prokurorluğun «açıq qapı» günü {1}başlayır{/1}',
  },
];

const stripDates = (units: TmxWriteUnit[]) => units.map(({ sourceLang, targetLang, source, target }) => ({ sourceLang, targetLang, source, target }));

describe('TMX 1.4b round trip', () => {
  it('reads back exactly what it wrote, in every language pair', () => {
    const read = readTmx(writeTmx(UNITS, OPTIONS));
    expect(read.warnings).toEqual([]);
    expect(read.srcLang).toBe('az');
    expect(read.units).toEqual(stripDates(UNITS));
  });

  it('writes placeholders as inline codes, not as text', () => {
    const xml = writeTmx(UNITS.slice(0, 1), OPTIONS);
    expect(xml).toContain('<bpt i="1" x="1">{1}</bpt>Kamran Əliyev<ept i="1">{/1}</ept>');
    expect(xml).toContain('«Ədalət &amp; &lt;Qanun&gt;»');
    expect(xml).toContain('creationdate="20240102T030405Z" changedate="20240202T030405Z"');
  });

  it('drops characters XML cannot carry instead of writing a broken file', () => {
    const unit = { sourceLang: 'az', targetLang: 'en', source: 'Sə\u0001tir\u000bbaşı \ud800yox.', target: 'No\uffff line\u0008 break.' } as const;
    expect(readTmx(writeTmx([unit], OPTIONS)).units).toEqual([{ sourceLang: 'az', targetLang: 'en', source: 'Sətirbaşı yox.', target: 'No line break.' }]);
  });

  it('carries the placeholders of a real segment so that the translation gets its marks back', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Görüşdə ' },
            { type: 'text', text: 'Baş prokuror', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'çıxış edib.' },
          ],
        },
      ],
    };
    const [segment] = segmentDoc(doc, 'az');
    const target = 'At the meeting {1}the Prosecutor General{/1}{2/}made a speech.';
    const [unit] = readTmx(writeTmx([{ sourceLang: 'az', targetLang: 'en', source: segment.text, target }], OPTIONS)).units;
    expect(unit.source).toBe(segment.text);
    const restored = restoreMarks(unit.target, segment.marks);
    expect(restored.ok).toBe(true);
    expect(restored.content).toEqual([
      { type: 'text', text: 'At the meeting ' },
      { type: 'text', text: 'the Prosecutor General', marks: [{ type: 'bold' }] },
      { type: 'hardBreak' },
      { type: 'text', text: 'made a speech.' },
    ]);
  });
});

describe.skipIf(missingTools('xmllint'))('TMX checked by libxml2', () => {
  it('is valid against the TMX 1.4 DTD', () => {
    const file = path.join(tempDir(), 'memory.tmx');
    writeFileSync(file, writeTmx(UNITS, OPTIONS));
    const result = validateTmx(file);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('is read by libxml2 as the same text (codes read as their native data)', () => {
    const file = path.join(tempDir(), 'memory.tmx');
    writeFileSync(file, writeTmx(UNITS, OPTIONS));
    UNITS.forEach((unit, i) => {
      // Our "{{" is one literal brace in the file; everything else reads back as written.
      const plain = (text: string) => text.replace(/\{\{/g, '{');
      expect(xpathString(file, `/tmx/body/tu[${i + 1}]/tuv[1]/seg`)).toBe(plain(unit.source));
      expect(xpathString(file, `/tmx/body/tu[${i + 1}]/tuv[2]/seg`)).toBe(plain(unit.target));
      expect(xpathString(file, `/tmx/body/tu[${i + 1}]/tuv[2]/@xml:lang`)).toBe(unit.targetLang);
    });
    expect(xpathString(file, '/tmx/header/@srclang')).toBe('az');
    expect(xpathString(file, 'count(/tmx/body/tu[4]/@srclang)')).toBe('1');
  });

  it('fails the DTD when the header lacks a required attribute (the check can fail)', () => {
    const file = path.join(tempDir(), 'broken.tmx');
    writeFileSync(file, writeTmx(UNITS, OPTIONS).replace(/ segtype="sentence"/, ''));
    const result = validateTmx(file);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/segtype/);
  });
});

describe('reading other tools’ TMX', () => {
  it('reads an OmegaT project memory: level-2 tags, props and notes, upper-case languages', () => {
    const read = readTmx(readFileSync(path.join(FIXTURES, 'omegat.tmx'), 'utf8'));
    expect(read.srcLang).toBe('AZ');
    expect(read.units).toEqual([
      { sourceLang: 'az', targetLang: 'en', source: 'Görüş Bakıda keçirilib.', target: 'The meeting was held in Baku.' },
      {
        sourceLang: 'az',
        targetLang: 'en',
        source: 'Baş prokuror {1}Kamran Əliyev{/1} çıxış edib.{2/}Sonra suallar cavablandırılıb.',
        target: 'Prosecutor General {1}Kamran Aliyev{/1} made a speech.{2/}Questions were answered afterwards.',
      },
      { sourceLang: 'az', targetLang: 'ru', source: '«Ədalət» & <qanun> günü qeyd olunub.', target: 'Отмечен день «Справедливости» & <закона>.' },
    ]);
    expect(read.warnings).toEqual([
      { code: 'other-language', detail: 'DE-DE', count: 1, firstUnit: 4 },
      { code: 'no-pair', detail: 'az', count: 1, firstUnit: 4 },
    ]);
  });

  it('reads a Trados Studio export: UTF-8 with a BOM, empty codes, <hi>, <it>, region and script subtags, TMX 1.1 lang', () => {
    const { text } = decodeText(readFileSync(path.join(FIXTURES, 'trados.tmx')));
    const read = readTmx(text);
    expect(read.units).toEqual([
      {
        sourceLang: 'az',
        targetLang: 'ru',
        source: '{1}İnterpol{/1} ilə əməkdaşlıq genişləndirilir.',
        target: 'Сотрудничество с {1}Интерполом{/1} расширяется.',
      },
      { sourceLang: 'az', targetLang: 'ru', source: 'Maddə 5{1/}bənd 2 tətbiq edilib.', target: 'Применена статья 5{1/}пункт 2.' },
      { sourceLang: 'az', targetLang: 'ru', source: '{1}Sitat davam edir', target: '{1}Цитата продолжается' },
      { sourceLang: 'az', targetLang: 'ru', source: 'Köhnə TMX 1.1 üslubunda.', target: 'В старом стиле TMX 1.1.' },
    ]);
    expect(read.warnings).toEqual([
      { code: 'other-language', detail: 'az-Cyrl-AZ', count: 1, firstUnit: 5 },
      { code: 'no-source', detail: 'az-Latn-AZ', count: 1, firstUnit: 5 },
    ]);
  });

  it('makes every direction of a srclang="*all*" unit, and numbers codes by the source', () => {
    const xml = `<tmx version="1.4"><header srclang="*all*" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>
      <tu><tuv xml:lang="en"><seg>A <ph x="7"/>b <bpt i="5" x="9"/>c<ept i="5"/></seg></tuv><tuv xml:lang="ru"><seg>Б <bpt i="5" x="9"/>в<ept i="5"/> а<ph x="7"/></seg></tuv></tu>
    </body></tmx>`;
    expect(readTmx(xml).units).toEqual([
      { sourceLang: 'en', targetLang: 'ru', source: 'A {1/}b {2}c{/2}', target: 'Б {2}в{/2} а{1/}' },
      { sourceLang: 'ru', targetLang: 'en', source: 'Б {1}в{/1} а{2/}', target: 'A {2/}b {1}c{/1}' },
    ]);
  });

  it('warns about a file cut short and refuses what is not TMX', () => {
    const full = writeTmx(UNITS.slice(0, 2), OPTIONS);
    const cut = full.slice(0, full.lastIndexOf('<tu>') + 40);
    const read = readTmx(cut);
    expect(read.units).toEqual(stripDates(UNITS.slice(0, 1)));
    expect(read.warnings.map((w) => w.code)).toEqual(['truncated']);
    expect(() => readTmx('<xliff version="2.0"/>')).toThrow(TmxFormatError);
    expect(() => readTmx('just text')).toThrow('(line 1, column 1): text before the root element');
  });

  it('refuses malformed XML with its line and column instead of repairing it', () => {
    const full = writeTmx(UNITS.slice(0, 2), OPTIONS);
    const broken = full.replace('</seg></tuv>', '</tuv>');
    const lines = broken.slice(0, broken.indexOf('</tuv>')).split('\n');
    expect(() => readTmx(broken)).toThrow(`(line ${lines.length}, column ${lines[lines.length - 1].length + 1}): </tuv> was found where </seg> was expected`);
    expect(() => readTmx(full.replace('creationtool="Pressdesk"', 'creationtool=Pressdesk'))).toThrow(
      /\(line 3, column \d+\): the value of creationtool must be in quotes/,
    );
  });

  it("tells regional variants apart: the unit's source tag, else the office's own, else the bare language", () => {
    const tu = (srclang: string, ...variants: [string, string][]) =>
      `<tu srclang="${srclang}">${variants.map(([lang, text]) => `<tuv xml:lang="${lang}"><seg>${text}</seg></tuv>`).join('')}</tu>`;
    const file = (...units: string[]) =>
      `<tmx version="1.4"><header srclang="az-Latn-AZ" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>${units.join('')}</body></tmx>`;
    const read = readTmx(
      file(
        tu('az-Latn-AZ', ['az-Latn-AZ', 'Məhkəmə'], ['en-GB', 'The court (GB)'], ['en-US', 'The court (US)'], ['ru-RU', 'Суд']),
        tu('en-GB', ['en-US', 'Colour (US spelling)'], ['en-GB', 'Colour'], ['az', 'Rəng']),
        tu('az', ['az', 'Vəkil'], ['en-AU', 'Lawyer (AU)'], ['en', 'Lawyer']),
      ),
    );
    expect(read.units).toEqual([
      { sourceLang: 'az', targetLang: 'en', source: 'Məhkəmə', target: 'The court (US)' },
      { sourceLang: 'az', targetLang: 'ru', source: 'Məhkəmə', target: 'Суд' },
      { sourceLang: 'en', targetLang: 'az', source: 'Colour', target: 'Rəng' },
      { sourceLang: 'az', targetLang: 'en', source: 'Vəkil', target: 'Lawyer' },
    ]);
    expect(read.warnings.map(({ code, detail, count }) => ({ code, detail, count }))).toEqual([
      { code: 'other-variant', detail: 'en-GB (en-US kept)', count: 1 },
      { code: 'other-variant', detail: 'en-US (en-GB kept)', count: 1 },
      { code: 'other-variant', detail: 'en-AU (en kept)', count: 1 },
    ]);
    // An office that writes British English says so, and the GB variant wins.
    expect(readTmx(file(tu('az', ['az', 'Məhkəmə'], ['en-US', 'US'], ['en-GB', 'GB'])), { preferred: { en: 'en-GB' } }).units[0].target).toBe('GB');
  });

  it('maps language tags to the languages Pressdesk translates', () => {
    expect(['az', 'AZ', 'az-Latn-AZ', 'az_AZ', 'en-GB', 'EN-US', 'ru-RU', 'az-Cyrl', 'de', 'tr-TR'].map(tmxLanguage)).toEqual([
      'az',
      'az',
      'az',
      'az',
      'en',
      'en',
      'ru',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
