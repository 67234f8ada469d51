import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { restoreMarks, segmentDoc } from '../../core/translate/segment';
import { readXliff, writeXliff, XliffFormatError, type SegmentState, type XliffSegment, type XliffVersion } from '../../core/translate/xliff';
import { tempDir } from '../helpers/temp-dir';
import { missingTools } from '../helpers/tools';
import { validateXliff, validateXliff12, xpathString } from '../helpers/xmllint';

// A release as the editor holds it: bold, a link, a hard break, quotes, ampersands and a literal brace.
const DOC: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Baş prokuror «Ədalət & Qanun» forumunda' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Baş prokuror ' },
        { type: 'text', text: 'Kamran Əliyev', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' forumda çıxış edib. Ətraflı məlumat ' },
        { type: 'text', text: 'saytda', marks: [{ type: 'link', attrs: { href: 'https://genprosecutor.gov.az/?a=1&b=2' } }] },
        { type: 'text', text: ' yerləşdirilib.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Sual {vaxt} <2024> "açıq" qalır.' },
      ],
    },
  ],
};

const SEGMENTS = segmentDoc(DOC, 'az');
const TRANSLATIONS = [
  'The Prosecutor General at the "Justice & Law" forum',
  'Prosecutor General {1}Kamran Aliyev{/1} spoke at the forum.',
  'Details are posted {1}on the website{/1}.{2/}The question {{time} <2024> remains "open".',
];

function version(targets: (string | undefined)[] = []): XliffVersion {
  return {
    id: 42,
    srcLang: 'az',
    trgLang: 'en',
    segments: SEGMENTS.map((segment, i): XliffSegment => ({
      id: segment.id,
      source: segment.text,
      ...(targets[i] === undefined ? {} : { target: targets[i] }),
      state: targets[i] === undefined ? 'initial' : 'translated',
    })),
  };
}

const expected = { srcLang: 'az', trgLang: 'en', segments: SEGMENTS.map(({ id, text }) => ({ id, source: text })) } as const;

/** What a translator's tool does to the file: fills each segment's target and marks it translated. */
function translate(xml: string, targets: Record<string, string>): string {
  return xml.replace(/<segment id="([^"]+)" state="initial">([\s\S]*?)<\/source>/g, (whole, id: string, inner: string) =>
    targets[id] === undefined ? whole : `<segment id="${id}" state="translated">${inner}</source>\n        <target>${targets[id]}</target>`,
  );
}

describe('XLIFF 2.0 round trip', () => {
  it('segments the test release as expected', () => {
    expect(SEGMENTS.map((s) => s.text)).toEqual([
      'Baş prokuror «Ədalət & Qanun» forumunda',
      'Baş prokuror {1}Kamran Əliyev{/1} forumda çıxış edib.',
      'Ətraflı məlumat {1}saytda{/1} yerləşdirilib.{2/}Sual {{vaxt} <2024> "açıq" qalır.',
    ]);
  });

  it('reads back the targets it wrote, by segment id, with no conflicts', () => {
    const read = readXliff(writeXliff(version(TRANSLATIONS)), expected);
    expect(read.conflicts).toEqual([]);
    expect(read.untranslated).toEqual([]);
    expect(read.targets).toEqual(SEGMENTS.map((segment, i) => ({ id: segment.id, text: TRANSLATIONS[i], state: 'translated' })));
  });

  it('takes a translation made in another tool back into the release with its marks', () => {
    const xml = writeXliff(version());
    const translated = translate(xml, {
      [SEGMENTS[1].id]: 'Prosecutor General <pc id="p1">Kamran Aliyev</pc> spoke at the forum.',
      [SEGMENTS[2].id]:
        '<mrk id="m1" type="term">Details</mrk> are posted <pc id="p1">on the website</pc>.<ph id="p2"/>The question {time} &lt;2024&gt; remains "open".',
    });
    const read = readXliff(translated, expected);
    expect(read.conflicts).toEqual([]);
    expect(read.untranslated).toEqual([SEGMENTS[0].id]);
    expect(read.targets.map((t) => t.text)).toEqual([
      'Prosecutor General {1}Kamran Aliyev{/1} spoke at the forum.',
      'Details are posted {1}on the website{/1}.{2/}The question {{time} <2024> remains "open".',
    ]);
    const restored = restoreMarks(read.targets[1].text, SEGMENTS[2].marks);
    expect(restored.ok).toBe(true);
    expect(restored.content).toEqual([
      { type: 'text', text: 'Details are posted ' },
      { type: 'text', text: 'on the website', marks: [{ type: 'link', attrs: { href: 'https://genprosecutor.gov.az/?a=1&b=2' } }] },
      { type: 'text', text: '.' },
      { type: 'hardBreak' },
      { type: 'text', text: 'The question {time} <2024> remains "open".' },
    ]);
  });

  it('writes crossing and unpaired placeholders as <sc>/<ec> and reads them back', () => {
    const segments: XliffSegment[] = [
      { id: '0:0', source: '{1}Bakı{/1} və {1}Gəncə{/1} {2}prokurorları{/2}', target: '{2}Prosecutors of {1}Baku{/2} and Ganja{/1}', state: 'reviewed' },
      { id: '0:1', source: '{1}davamı', target: '{1}continued', state: 'final' },
    ];
    const xml = writeXliff({ id: 'v7', srcLang: 'az', trgLang: 'en', segments });
    expect(xml).toContain('<pc id="p1" dispStart="{1}" dispEnd="{/1}">Bakı</pc> və <pc id="p1-2"');
    expect(xml).toContain('<sc id="p2" disp="{2}"/>Prosecutors of <sc id="p1" disp="{1}"/>Baku<ec startRef="p2" disp="{/2}"/>');
    expect(xml).toContain('<sc id="p1" isolated="yes" disp="{1}"/>continued');
    const read = readXliff(xml, { srcLang: 'az', trgLang: 'en', segments: segments.map(({ id, source }) => ({ id, source })) });
    expect(read.targets).toEqual(segments.map(({ id, target, state }) => ({ id, text: target, state })));
    expect(read.conflicts).toEqual([]);
  });
});

describe('XLIFF conflicts', () => {
  it('reports unknown, missing and duplicate ids, changed sources and placeholder mismatches', () => {
    const xml = writeXliff(version(TRANSLATIONS))
      // The translator dropped the link and added a code of their own in segment 3.
      .replace('<pc id="p1" dispStart="{1}" dispEnd="{/1}">on the website</pc>', 'on the website<ph id="x9"/>')
      // A unit from some other file.
      .replace(
        '</file>',
        '    <unit id="9:9">\n      <segment id="9:9" state="translated">\n        <source>Yad</source>\n        <target>Alien</target>\n      </segment>\n    </unit>\n  </file>',
      );
    const changed = expected.segments.map((segment, i) =>
      i === 1 ? { ...segment, source: 'Baş prokuror {1}Kamran Əliyev{/1} forumda geniş çıxış edib.' } : segment,
    );
    const read = readXliff(xml, {
      ...expected,
      segments: [...changed.slice(1), { id: '5:0', source: 'Yeni cümlə.' }],
    });
    expect(read.conflicts).toEqual([
      { kind: 'unknown-segment', id: SEGMENTS[0].id },
      {
        kind: 'source-changed',
        id: SEGMENTS[1].id,
        exported: 'Baş prokuror {1}Kamran Əliyev{/1} forumda çıxış edib.',
        current: 'Baş prokuror {1}Kamran Əliyev{/1} forumda geniş çıxış edib.',
      },
      { kind: 'placeholders', id: SEGMENTS[2].id, missing: ['{1}', '{/1}'], extra: ['<ph id="x9">'] },
      { kind: 'unknown-segment', id: '9:9' },
      { kind: 'missing-segment', id: '5:0' },
    ]);
    // A translation whose source changed is still handed over, for the officer to judge.
    expect(read.targets.map((t) => t.id)).toEqual([SEGMENTS[1].id, SEGMENTS[2].id]);
  });

  it('reports a segment twice, other languages and a file cut short', () => {
    const xml = writeXliff(version(TRANSLATIONS));
    const twice = xml.replace('</file>', `${xml.slice(xml.indexOf('    <unit'), xml.indexOf('</unit>') + 8)}  </file>`);
    expect(readXliff(twice, expected).conflicts).toEqual([{ kind: 'duplicate-segment', id: SEGMENTS[0].id }]);

    const russian = readXliff(xml.replace('trgLang="en"', 'trgLang="ru-RU"'), expected);
    expect(russian.conflicts).toEqual([{ kind: 'language', expected: 'az→en', found: 'az→ru-RU' }]);
    expect(readXliff(xml.replace('trgLang="en"', 'trgLang="en-GB"'), expected).conflicts).toEqual([]);

    const cut = readXliff(xml.slice(0, xml.lastIndexOf('<target>') + 20), expected);
    expect(cut.conflicts).toEqual([{ kind: 'truncated' }, { kind: 'missing-segment', id: SEGMENTS[2].id }]);
    expect(cut.targets.map((t) => t.id)).toEqual([SEGMENTS[0].id, SEGMENTS[1].id]);
  });

  it('refuses other XLIFF versions, files that are not XLIFF, and malformed XML with its line and column', () => {
    const future = '<xliff version="3.0"><file/></xliff>';
    expect(() => readXliff(future, expected)).toThrow(XliffFormatError);
    expect(() => readXliff(future, expected)).toThrow(/XLIFF 3\.0; Pressdesk reads XLIFF 1\.2 and 2\.0/);
    expect(() => readXliff('<tmx version="1.4"/>', expected)).toThrow(/not an XLIFF file/);
    // A mismatched end tag, which htmlparser2 would quietly repair.
    const broken = writeXliff(version(TRANSLATIONS)).replace('</source>', '</sourse>');
    const before = broken.slice(0, broken.indexOf('</sourse>')).split('\n');
    expect(() => readXliff(broken, expected)).toThrow(
      `(line ${before.length}, column ${before[before.length - 1].length + 1}): </sourse> was found where </source> was expected`,
    );
    expect(() => readXliff(writeXliff(version(TRANSLATIONS), '1.2').replace('&amp;', '& '), expected)).toThrow(
      /line \d+, column \d+\): "&" must start a reference/,
    );
  });

  it('refuses to write a segment id that XML cannot hold as an id', () => {
    expect(() => writeXliff({ id: 1, srcLang: 'az', trgLang: 'en', segments: [{ id: 'a b', source: 'x', state: 'initial' }] })).toThrow(XliffFormatError);
  });
});

describe('XLIFF 1.2', () => {
  it('reads back the targets it wrote, codes, states and all', () => {
    const states: SegmentState[] = ['final', 'translated', 'reviewed'];
    const xml = writeXliff({ ...version(TRANSLATIONS), segments: version(TRANSLATIONS).segments.map((s, i) => ({ ...s, state: states[i] })) }, '1.2');
    expect(xml).toContain('<trans-unit id=');
    expect(xml).toMatch(/<g id="p1">Kamran Aliyev<\/g>/);
    expect(xml).toMatch(/<x id="p2" equiv-text="\{2\/\}"\/>/);
    const read = readXliff(xml, expected);
    expect(read.conflicts).toEqual([]);
    expect(read.targets).toEqual(SEGMENTS.map((s, i) => ({ id: s.id, text: TRANSLATIONS[i], state: states[i] })));
  });

  it('writes crossing and unpaired placeholders as <bx>/<ex> and reads them back', () => {
    const segments: XliffSegment[] = [{ id: 's1', source: '{1}a{/1} {2/}', target: '{1}б {2}в{/1} г{/2}{3}', state: 'translated' }];
    const xml = writeXliff({ id: 1, srcLang: 'az', trgLang: 'ru', segments }, '1.2');
    expect(xml).toContain('<bx id="p1" rid="p1" equiv-text="{1}"/>');
    expect(xml).toContain('<ex id="p1" rid="p1" equiv-text="{/1}"/>');
    expect(xml).toContain('<bx id="p3" equiv-text="{3}"/>');
    const read = readXliff(xml, { srcLang: 'az', trgLang: 'ru', segments: [{ id: 's1', source: segments[0].source }] });
    expect(read.targets[0].text).toBe(segments[0].target);
  });

  it('reads a file another tool made: seg-source and mrk, native codes, alt-trans proposals, approval and regional tags', () => {
    const [first, second] = SEGMENTS;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
  <file original="release.docx" source-language="az-Latn-AZ" target-language="en-US" datatype="x-pressdesk">
    <header><tool tool-id="t" tool-name="Some CAT tool"/></header>
    <body>
      <group id="g1">
        <trans-unit id="${first.id}" approved="yes">
          <source>${first.text.replace('&', '&amp;')}</source>
          <seg-source><mrk mtype="seg" mid="1">${first.text.replace('&', '&amp;')}</mrk></seg-source>
          <target state="translated"><mrk mtype="seg" mid="1">${TRANSLATIONS[0].replace('&', '&amp;')}</mrk></target>
          <alt-trans match-quality="75"><target>A proposal that is not the translation</target></alt-trans>
        </trans-unit>
      </group>
      <trans-unit id="${second.id}">
        <source>Baş prokuror <g id="p1">Kamran Əliyev</g> forumda çıxış edib.</source>
        <target state="needs-review-translation">Prosecutor General <bpt id="p1">&lt;b&gt;</bpt>Kamran Aliyev<ept id="p1">&lt;/b&gt;</ept> spoke at the forum.<ph id="9">&lt;br/&gt;</ph></target>
      </trans-unit>
    </body>
  </file>
</xliff>`;
    const read = readXliff(xml, { ...expected, segments: expected.segments.slice(0, 2) });
    expect(read.targets).toEqual([
      { id: first.id, text: TRANSLATIONS[0], state: 'reviewed' },
      { id: second.id, text: 'Prosecutor General {1}Kamran Aliyev{/1} spoke at the forum.', state: 'translated' },
    ]);
    // The code the other tool added (a line break) is reported as foreign, never taken in as text.
    expect(read.conflicts).toEqual([{ kind: 'placeholders', id: second.id, missing: [], extra: ['<ph id="9">'] }]);
  });
});

describe.skipIf(missingTools('xmllint'))('XLIFF checked by libxml2 against the OASIS schema', () => {
  const write = (xml: string) => {
    const file = path.join(tempDir(), 'release.xlf');
    writeFileSync(file, xml);
    return file;
  };

  it('is valid XLIFF 2.0 core, untranslated and translated, with sc/ec', () => {
    const crossing = writeXliff({
      id: 'v 7/β',
      srcLang: 'az',
      trgLang: 'ru',
      segments: [{ id: '0:0', source: '{1}a{/1} {2/}', target: '{1}б {2/}{/1}{3}', state: 'final' }],
    });
    for (const xml of [writeXliff(version()), writeXliff(version(TRANSLATIONS)), crossing]) {
      const result = validateXliff(write(xml));
      expect(result.output).toMatch(/validates$/);
      expect(result.ok).toBe(true);
    }
  });

  it('is valid XLIFF 1.2 (strict schema), untranslated and translated, with bx/ex', () => {
    const crossing = writeXliff(
      { id: 'v 7/β', srcLang: 'az', trgLang: 'ru', segments: [{ id: '0:0', source: '{1}a{/1} {2/}', target: '{1}б {2}в{/1} г{/2}{3}', state: 'reviewed' }] },
      '1.2',
    );
    for (const xml of [writeXliff(version(), '1.2'), writeXliff(version(TRANSLATIONS), '1.2'), crossing]) {
      const result = validateXliff12(write(xml));
      expect(result.output).toMatch(/validates$/);
      expect(result.ok).toBe(true);
    }
    const wrong = validateXliff12(write(writeXliff(version(TRANSLATIONS), '1.2').replace('state="translated"', 'state="done"')));
    expect(wrong.ok).toBe(false);
    expect(wrong.output).toMatch(/state/);
  });

  it('fails the schema for a state XLIFF 2.0 does not have (the check can fail)', () => {
    const result = validateXliff(write(writeXliff(version(TRANSLATIONS)).replace('state="translated"', 'state="done"')));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/state/);
  });

  it('is read by libxml2 with the same ids and text', () => {
    const file = write(writeXliff(version(TRANSLATIONS)));
    const segment = (id: string) => `//*[local-name()="segment"][@id="${id}"]`;
    expect(xpathString(file, 'count(//*[local-name()="unit"])')).toBe(String(SEGMENTS.length));
    expect(xpathString(file, `${segment(SEGMENTS[0].id)}/*[local-name()="source"]`)).toBe('Baş prokuror «Ədalət & Qanun» forumunda');
    expect(xpathString(file, `${segment(SEGMENTS[2].id)}/*[local-name()="target"]`)).toBe(
      'Details are posted on the website.The question {time} <2024> remains "open".',
    );
    expect(xpathString(file, `${segment(SEGMENTS[2].id)}//*[local-name()="ph"]/@id`)).toBe('p2');
    expect(xpathString(file, `${segment(SEGMENTS[1].id)}/@state`)).toBe('translated');
  });
});
