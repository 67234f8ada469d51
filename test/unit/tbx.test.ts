import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTbx, TbxFormatError, writeTbx } from '../../core/translate/tbx';
import type { Term } from '../../core/translate/termbase';
import { tempDir } from '../helpers/temp-dir';

const AZ_LETTERS = 'AaBbCcÇçDdEeƏəFfGgĞğHhXxIıİiJjKkQqLlMmNnOoÖöPpRrSsŞşTtUuÜüVvYyZz';
const RU_LETTERS = 'АаБбВвГгДдЕеЁёЖжЗзИиЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЪъЫыЬьЭэЮюЯя';
const MARKUP = `& < > " ' &amp; <term>`;

const TERMS: Term[] = [
  {
    id: 'title:Baş prokuror',
    az: 'Baş prokuror',
    en: 'Prosecutor General',
    ru: 'Генеральный прокурор',
    note: 'Before a name, capitalised.',
    forbidden: { en: ['General Prosecutor', 'Attorney General'], ru: ['генпрокурор'] },
    source: 'registry',
  },
  { id: 'letters', az: AZ_LETTERS, en: MARKUP, ru: RU_LETTERS, note: `${MARKUP}\nsecond line`, forbidden: { az: [MARKUP] }, source: 'termbase' },
  { id: '42', az: 'şahid', en: 'witness', ru: '' },
];

describe('writing TBX', () => {
  it('writes TBX-Basic v2 with statuses and escapes markup', () => {
    const xml = writeTbx(TERMS);
    expect(xml).toContain('<martif type="TBX-Basic" xml:lang="az">');
    expect(xml).toContain('<termEntry id="letters">');
    expect(xml).toContain('<term>General Prosecutor</term>\n          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(xml).toContain('<term>Prosecutor General</term>\n          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>');
    // Markup characters are escaped (how is xml-text.ts's business; the round trip below reads them back).
    expect(xml).not.toContain(MARKUP);
    expect(xml).not.toMatch(/<term>[^<]*&(?![#\w]+;)/);
    // Ids that are not XML ids are replaced by positions; an empty language has no langSet.
    expect(xml).toContain('<termEntry id="t1">');
    expect(xml).toContain('<termEntry id="t3">');
    expect(xml.match(/<langSet/g)).toHaveLength(3 + 3 + 2);
  });
});

describe('reading TBX', () => {
  it('reads back what it wrote, through a file, every letter and markup character intact', () => {
    const path = join(tempDir(), 'terms.tbx');
    writeFileSync(path, writeTbx(TERMS), 'utf8');
    const read = readTbx(readFileSync(path, 'utf8'));
    expect(read.problems).toEqual([]);
    // Ids that are XML ids survive; the note of an entry and the forbidden variants too.
    expect(read.terms).toEqual([
      {
        id: 't1',
        az: 'Baş prokuror',
        en: 'Prosecutor General',
        ru: 'Генеральный прокурор',
        note: 'Before a name, capitalised.',
        forbidden: TERMS[0].forbidden,
      },
      { id: 'letters', az: AZ_LETTERS, en: MARKUP, ru: RU_LETTERS, note: `${MARKUP}\nsecond line`, forbidden: { az: [MARKUP] } },
      { id: 't3', az: 'şahid', en: 'witness', ru: '' },
    ]);
  });

  it('reads a hand-written TBX v2 file: tig and ntig, language variants, notes at any level', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>From memoQ</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c100">
      <descrip type="subjectField">law</descrip>
      <langSet xml:lang="az-Latn-AZ">
        <tig><term>ekstradisiya</term></tig>
      </langSet>
      <langSet xml:lang="en-GB">
        <ntig>
          <termGrp>
            <term>extradition</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termGrp>
        </ntig>
        <tig>
          <term>deportation</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          <note>Not the same procedure.</note>
        </tig>
      </langSet>
      <langSet xml:lang="ru-RU"><tig><term>экстрадиция</term></tig><tig><term>выдача</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig></langSet>
      <langSet xml:lang="de"><tig><term>Auslieferung</term></tig></langSet>
    </termEntry>
    <termEntry id="c101">
      <langSet xml:lang="en"><tig><term>orphan</term></tig></langSet>
    </termEntry>
    <termEntry>
      <langSet xml:lang="az"><tig><term><![CDATA[R&D şöbəsi]]></term></tig></langSet>
      <langSet xml:lang="ru"><tig><term>отдел R&amp;D</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>`;
    const read = readTbx(xml);
    expect(read.terms).toEqual([
      { id: 'c100', az: 'ekstradisiya', en: 'extradition', ru: 'экстрадиция', note: 'Not the same procedure.', forbidden: { en: ['deportation'] } },
      { az: 'R&D şöbəsi', en: '', ru: 'отдел R&D' },
    ]);
    expect(read.problems).toEqual([
      { entry: 1, id: 'c100', reason: 'synonyms in ru left out: выдача' },
      { entry: 1, id: 'c100', reason: 'a language Pressdesk does not translate (de) was left out' },
      { entry: 2, id: 'c101', reason: 'no Azerbaijani term' },
    ]);
  });

  it('reads a hand-written TBX 2019 file in both DCA and DCT style', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader><fileDesc><sourceDesc><p>Hand-written</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="pg">
      <note>Title of the head of the office.</note>
      <langSec xml:lang="az">
        <termSec><term>Baş prokuror</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
      </langSec>
      <langSec xml:lang="en">
        <termSec><term>General Prosecutor</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
        <termSec><term>Prosecutor General</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
      </langSec>
      <langSec xml:lang="ru">
        <termSec><term>Генеральный прокурор</term></termSec>
        <termSec><term>генпрокурор</term><basic:administrativeStatus>supersededTerm-admn-sts</basic:administrativeStatus></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>`;
    expect(readTbx(xml)).toEqual({
      terms: [
        {
          id: 'pg',
          az: 'Baş prokuror',
          en: 'Prosecutor General',
          ru: 'Генеральный прокурор',
          note: 'Title of the head of the office.',
          forbidden: { en: ['General Prosecutor'], ru: ['генпрокурор'] },
        },
      ],
      problems: [],
    });
  });

  it("reads usageStatus as forbidden, allowed or preferred, and keeps the office's regional variant", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Min" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="az-Latn-AZ"><termSec><term>məhkum</term></termSec></langSec>
      <langSec xml:lang="en-GB"><termSec><term>convicted person (GB)</term></termSec></langSec>
      <langSec xml:lang="en-US">
        <termSec><term>convict</term><usageStatus>admitted</usageStatus></termSec>
        <termSec><term>convicted person</term><usageStatus>preferred</usageStatus></termSec>
        <termSec><term>jailbird</term><usageStatus>deprecated</usageStatus></termSec>
        <termSec><term>con</term><termNote type="usageStatus">notRecommended</termNote></termSec>
      </langSec>
      <langSec xml:lang="ru-RU"><termSec><term>осуждённый</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;
    expect(readTbx(xml)).toEqual({
      terms: [{ id: 'c1', az: 'məhkum', en: 'convicted person', ru: 'осуждённый', forbidden: { en: ['jailbird', 'con'] } }],
      problems: [
        { entry: 1, id: 'c1', reason: 'the en-GB section was left out (en-US kept)' },
        { entry: 1, id: 'c1', reason: 'synonyms in en left out: convict' },
      ],
    });
  });

  it('refuses a TBX file that is not well-formed XML, with its line and column', () => {
    const xml = writeTbx(TERMS.slice(0, 1)).replace('<term>Prosecutor General</term>', '<term>Prosecutor General</trem>');
    const lines = xml.slice(0, xml.indexOf('</trem>')).split('\n');
    expect(() => readTbx(xml)).toThrow(TbxFormatError);
    expect(() => readTbx(xml)).toThrow(`(line ${lines.length}, column ${lines[lines.length - 1].length + 1}): </trem> was found where </term> was expected`);
  });

  it('refuses what is not TBX and reports a file cut short', () => {
    expect(() => readTbx('<tmx version="1.4"><body/></tmx>')).toThrow(TbxFormatError);
    const cut = writeTbx(TERMS.slice(0, 2));
    const read = readTbx(cut.slice(0, cut.lastIndexOf('<termEntry') + 200));
    expect(read.terms.map((t) => t.az)).toEqual(['Baş prokuror']);
    expect(read.problems).toEqual([{ entry: 2, id: 'letters', reason: 'the file ends inside this entry' }]);
  });
});
