import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { docToText } from '../../core/doc-text';
import { normalizeDoc } from '../../core/doc-schema';
import { htmlToDoc } from '../../core/import/html-to-doc';
import { docBlocks, type Block, type Run } from '../helpers/pandoc';

const plain = (text: string): Run => ({ text, marks: [] });
const para = (...runs: Run[]): Block => ({ kind: 'para', runs });
const blocks = (body: DocNode) => docBlocks(body.content ?? []);

/** Every node and mark type in a body, to show nothing outside the schema's own list appears. */
function types(node: DocNode, into = new Set<string>()): Set<string> {
  into.add(node.type);
  for (const mark of node.marks ?? []) into.add(`mark:${mark.type}`);
  for (const child of node.content ?? []) types(child, into);
  return into;
}

function depth(node: DocNode): number {
  return 1 + Math.max(0, ...(node.content ?? []).map(depth));
}

// What Word for Windows puts on the clipboard (trimmed of most of its style sheet).
const WORD_PASTE = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/press/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<style>
<!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	margin:0cm;
	font-size:12.0pt;
	font-family:"Calibri",sans-serif;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;}
-->
</style>
</head>

<body lang=AZ-LATIN link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->

<h1><span lang=AZ-LATIN>Görüş haqqında<o:p></o:p></span></h1>

<p class=MsoNormal><span lang=AZ-LATIN>Baş prokuror <b>nümayəndə
heyətini</b> qəbul etdi.<o:p></o:p></span></p>

<p class=MsoNormal><span lang=AZ-LATIN><o:p>&nbsp;</o:p></span></p>

<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=AZ-LATIN style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:
Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=AZ-LATIN>Əməkdaşlıq<o:p></o:p></span></p>

<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;
text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
lang=AZ-LATIN style='font-family:"Courier New";mso-fareast-font-family:"Courier New"'><span
style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]><span lang=AZ-LATIN>Təlimlər<o:p></o:p></span></p>

<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;
text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
lang=AZ-LATIN style='font-family:"Courier New";mso-fareast-font-family:"Courier New"'><span
style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]><i><span lang=AZ-LATIN>Məlumat mübadiləsi</span></i><span
lang=AZ-LATIN><o:p></o:p></span></p>

<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=AZ-LATIN style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:
Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=AZ-LATIN>Növbəti görüş<o:p></o:p></span></p>

<p class=MsoNormal><span lang=AZ-LATIN>Plan:<o:p></o:p></span></p>

<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=AZ-LATIN><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=AZ-LATIN>Birinci addım<o:p></o:p></span></p>

<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;
text-indent:-18.0pt;mso-list:l1 level2 lfo2'><![if !supportLists]><span
lang=AZ-LATIN><span style='mso-list:Ignore'>a.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=AZ-LATIN>Alt addım<o:p></o:p></span></p>

<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=AZ-LATIN><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=AZ-LATIN>İkinci addım<o:p></o:p></span></p>

<p class=MsoNormal><span lang=AZ-LATIN>Ətraflı <a href="https://prosecutor.gov.az/az/news">saytımızda</a>,
<u>vacib</u> və <span style='mso-bidi-font-weight:bold'>adi</span>.<o:p></o:p></span></p>

<p class=MsoNormal><span lang=AZ-LATIN><!--[if gte vml 1]><v:shape id="Picture_x0020_1"
 style='width:75pt;height:37.5pt'><v:imagedata src="file:///C:/Users/press/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png"
 o:title=""/></v:shape><![endif]--><![if !vml]><img width=100 height=50
src="file:///C:/Users/press/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png"
v:shapes="Picture_x0020_1"><![endif]><o:p></o:p></span></p>

<!--EndFragment-->
</body>

</html>`;

// What Google Docs puts on the clipboard: everything inside one <b style="font-weight:normal">.
const GOOGLE_DOCS_PASTE = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5f1c2a3b-7fff-4e1a-9c1d-0123456789ab"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Beynəlxalq əməkdaşlıq</span></h2><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Görüşdə </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">tərəflər</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:italic;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">qarşılıqlı</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">maraq</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> doğuran məsələləri müzakirə etdilər. Ətraflı: </span><a href="https://prosecutor.gov.az/az" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">prosecutor.gov.az</span></a></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Birinci</span></p></li><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:circle;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="2"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">İç bənd</span></p></li></ul><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">İkinci</span></p></li></ul><br><div dir="ltr" style="margin-left:0pt;" align="left"><table style="border:none;border-collapse:collapse;"><colgroup><col width="100" /><col width="100" /></colgroup><tbody><tr style="height:0pt"><td style="border-left:solid #000000 1pt;border-right:solid #000000 1pt;border-bottom:solid #000000 1pt;border-top:solid #000000 1pt;vertical-align:top;padding:5pt 5pt 5pt 5pt;overflow:hidden;overflow-wrap:break-word;"><p dir="ltr" style="line-height:1.2;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Ölkə</span></p></td><td style="border-left:solid #000000 1pt;vertical-align:top;padding:5pt 5pt 5pt 5pt;"><p dir="ltr" style="line-height:1.2;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;">Sayı</span></p></td></tr><tr style="height:0pt"><td style="vertical-align:top;padding:5pt 5pt 5pt 5pt;"><p dir="ltr" style="line-height:1.2;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;">Gürcüstan</span></p></td><td style="vertical-align:top;padding:5pt 5pt 5pt 5pt;"><p dir="ltr" style="line-height:1.2;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;">2</span></p></td></tr></tbody></table></div></b><br class="Apple-interchange-newline">`;

const WEB_PAGE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Delegation   visit &amp; talks</title>
  <meta name="description" content="The Prosecutor General met a delegation.">
  <meta name="author" content="Press Service">
  <link rel="stylesheet" href="https://cdn.example.org/site.css">
  <script src="https://cdn.example.org/analytics.js"></script>
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li></ul></nav>
  <article>
    <h1>Delegation   visit</h1>
    <p>The   meeting
       took place in <strong>Baku</strong> on 12&nbsp;May&nbsp;2024 &mdash; caf\u0065\u0301 talks.</p>
    <figure><img src="https://cdn.example.org/photo.jpg" alt="Photo"><figcaption>The delegation</figcaption></figure>
    <h5>Agenda</h5>
    <ol start="3"><li>Cooperation</li><li>Training</li></ol>
    <blockquote><p>We <em>value</em> this partnership.</p></blockquote>
    <pre>line one
  line two</pre>
    <table>
      <thead><tr><th>Country</th><th colspan="2">Visits</th></tr></thead>
      <tbody><tr><td rowspan="2">Georgia</td><td>2023</td><td>2024</td></tr></tbody>
    </table>
    <video src="https://cdn.example.org/clip.mp4">A clip</video>
    <p>Contact: <a href="mailto:press@example.org">press@example.org</a></p>
  </article>
  <footer>© 2024</footer>
</body>
</html>`;

describe('htmlToDoc on a Word desktop paste', () => {
  const result = htmlToDoc(WORD_PASTE);

  it('turns list paragraphs into nested bullet and numbered lists', () => {
    expect(blocks(result.body)).toEqual<Block[]>([
      { kind: 'heading', level: 1, runs: [plain('Görüş haqqında')] },
      para(plain('Baş prokuror '), { text: 'nümayəndə heyətini', marks: ['strong'] }, plain(' qəbul etdi.')),
      {
        kind: 'bullets',
        items: [
          [para(plain('Əməkdaşlıq')), { kind: 'bullets', items: [[para(plain('Təlimlər'))], [para({ text: 'Məlumat mübadiləsi', marks: ['emph'] })]] }],
          [para(plain('Növbəti görüş'))],
        ],
      },
      para(plain('Plan:')),
      {
        kind: 'ordered',
        start: 1,
        items: [[para(plain('Birinci addım')), { kind: 'ordered', start: 1, items: [[para(plain('Alt addım'))]] }], [para(plain('İkinci addım'))]],
      },
      para(
        plain('Ətraflı '),
        { text: 'saytımızda', marks: [], href: 'https://prosecutor.gov.az/az/news' },
        plain(', '),
        { text: 'vacib', marks: ['underline'] },
        plain(' və adi.'),
      ),
    ]);
  });

  it("leaves out Word's markers, conditional comments, styles and o:p, and reports the image", () => {
    const json = JSON.stringify(result.body);
    for (const trace of ['mso', 'Symbol', '·', 'o:p', 'if !', 'endif', 'Calibri', 'clip_image', '\u00a0']) {
      expect(json, trace).not.toContain(trace);
    }
    expect(result.warnings).toEqual([{ code: 'not-kept', detail: 'image' }]);
    expect(result.properties).toEqual({ language: 'AZ-LATIN' });
  });

  it('keeps the text of a paragraph whose marker comment is never closed', () => {
    const { body } = htmlToDoc("<p style='mso-list:l0 level1 lfo1'><![if !supportLists]>Bir</p><p>İki</p>");
    expect(docToText(body)).toBe('Bir\n\nİki');
  });
});

describe('htmlToDoc on a Google Docs paste', () => {
  const result = htmlToDoc(GOOGLE_DOCS_PASTE);

  it('ignores the bold wrapper and keeps the marks the spans set, the nested list and the table', () => {
    expect(blocks(result.body)).toEqual<Block[]>([
      { kind: 'heading', level: 2, runs: [plain('Beynəlxalq əməkdaşlıq')] },
      para(
        plain('Görüşdə '),
        { text: 'tərəflər', marks: ['strong'] },
        plain(' '),
        { text: 'qarşılıqlı', marks: ['emph'] },
        plain(' '),
        { text: 'maraq', marks: ['underline'] },
        plain(' doğuran məsələləri müzakirə etdilər. Ətraflı: '),
        // The link's own underline is the link's look, not an underline mark.
        { text: 'prosecutor.gov.az', marks: [], href: 'https://prosecutor.gov.az/az' },
      ),
      {
        kind: 'bullets',
        items: [[para(plain('Birinci')), { kind: 'bullets', items: [[para(plain('İç bənd'))]] }], [para({ text: 'İkinci', marks: ['strong'] })]],
      },
      {
        kind: 'table',
        head: [],
        body: [
          ['Ölkə', 'Sayı'],
          ['Gürcüstan', '2'],
        ],
      },
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe('htmlToDoc on a web page', () => {
  const result = htmlToDoc(WEB_PAGE);

  it('reads the page title, description, author and language', () => {
    expect(result.properties).toEqual({
      title: 'Delegation visit & talks',
      description: 'The Prosecutor General met a delegation.',
      author: 'Press Service',
      language: 'en-GB',
    });
  });

  it('keeps the text with folded white space, no-break spaces and composed letters', () => {
    expect(blocks(result.body)).toEqual<Block[]>([
      { kind: 'bullets', items: [[para(plain('Home'))]] },
      { kind: 'heading', level: 1, runs: [plain('Delegation visit')] },
      para(plain('The meeting took place in '), { text: 'Baku', marks: ['strong'] }, plain(' on 12\u00a0May\u00a02024 — caf\u00e9 talks.')),
      para(plain('The delegation')),
      // Headings keep all six levels.
      { kind: 'heading', level: 5, runs: [plain('Agenda')] },
      { kind: 'ordered', start: 3, items: [[para(plain('Cooperation'))], [para(plain('Training'))]] },
      { kind: 'quote', blocks: [para(plain('We '), { text: 'value', marks: ['emph'] }, plain(' this partnership.'))] },
      para(plain('line one\n  line two')),
      { kind: 'table', head: [['Country', 'Visits']], body: [['Georgia', '2023', '2024']] },
      para(plain('A clip')),
      para(plain('Contact: '), { text: 'press@example.org', marks: [], href: 'mailto:press@example.org' }),
      para(plain('© 2024')),
    ]);
    const table = result.body.content!.find((node) => node.type === 'table')!;
    expect(table.content![0].content![1].attrs).toMatchObject({ colspan: 2, rowspan: 1 });
    expect(table.content![1].content![0].attrs).toMatchObject({ colspan: 1, rowspan: 2 });
  });

  it('reports the remote image by its host, the video, and the link it could not keep', () => {
    expect(result.warnings).toEqual([
      { code: 'not-kept', detail: 'link /' },
      { code: 'remote-image', detail: 'cdn.example.org' },
      { code: 'not-kept', detail: 'video' },
    ]);
  });
});

describe('htmlToDoc on hostile HTML', () => {
  const HOSTILE = `<html><head>
<base href="https://evil.example/">
<meta http-equiv="refresh" content="0;url=https://evil.example/refresh">
<link rel="stylesheet" href="https://evil.example/x.css">
<style>body { background: url(https://evil.example/style.png) } .x { behavior: url(evil.htc) }</style>
<script>alert('head')</script>
</head><body onload="alert('body')">
<p onclick="alert('p')" style="background:url(https://evil.example/bg.png)">Salam <b onmouseover="alert('b')">dünya</b></p>
<script>document.write('<p>injected</p>')</script>
<img src=x onerror=alert(1)>
<img src="https://evil.example/p.png">
<img src="data:image/png;base64,iVBORw0KGgo=">
<p><a href="javascript:alert(1)">birinci</a> <a href=" JaVaScRiPt:alert(2)">ikinci</a> <a href="java&#x09;script:alert(3)">üçüncü</a>
<a href="&#106;&#97;vascript:alert(4)">dördüncü</a> <a href="&#x0A;javascript&colon;alert(5)">beşinci</a>
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==">altıncı</a> <a href="vbscript:msgbox(7)">yeddinci</a>
<a href="https://ok.example/" onclick="alert(8)" target="_self" style="color:red">səkkizinci</a></p>
<iframe src="https://evil.example/frame" srcdoc="<script>alert(9)</script>">iframe text</iframe>
<object data="https://evil.example/o.swf"><embed src="https://evil.example/e.swf"></object>
<svg onload="alert(10)"><script>alert(11)</script><text>vektor</text></svg>
<noscript><img src="https://evil.example/noscript.png"></noscript>
<template><script>alert(12)</script></template>
<form action="https://evil.example/post"><input name="q" value="alert(13)" onfocus="alert(14)" autofocus><button>göndər</button></form>
<math><mi xlink:href="javascript:alert(15)">riyaziyyat</mi></math>
<div style="width: expression(alert(16))">son</div>
</body></html>`;
  const result = htmlToDoc(HOSTILE);
  const json = JSON.stringify(result.body);

  it('leaves no script, handler, dangerous link, remote resource or style in the body', () => {
    for (const trace of [
      'alert',
      'script',
      'javascript',
      'vbscript',
      'data:',
      'evil',
      'onerror',
      'onclick',
      'onload',
      'onmouseover',
      'onfocus',
      'style',
      'background',
      'expression',
      'iframe',
      'injected',
      'src',
      '<',
      'x.css',
      '_self',
      'red',
    ]) {
      expect(json.toLowerCase(), trace).not.toContain(trace.toLowerCase());
    }
    expect([...types(result.body)].sort()).toEqual(['doc', 'mark:bold', 'mark:link', 'paragraph', 'text']);
  });

  it('keeps the text, and the one safe link', () => {
    expect(docToText(result.body)).toBe(
      ['Salam dünya', 'birinci ikinci üçüncü dördüncü beşinci altıncı yeddinci səkkizinci', 'vektor', 'göndər', 'riyaziyyat', 'son'].join('\n\n'),
    );
    const links = JSON.stringify(result.body).match(/"href":"[^"]*"/g);
    expect(links).toEqual(['"href":"https://ok.example/"']);
  });

  it('reports each image, and what it could not keep', () => {
    expect(result.warnings).toContainEqual({ code: 'remote-image', detail: 'evil.example' });
    expect(result.warnings.filter((w) => w.detail === 'image')).toEqual([{ code: 'not-kept', detail: 'image', count: 2 }]);
    for (const element of ['iframe', 'object', 'svg', 'form', 'math']) {
      expect(result.warnings).toContainEqual({ code: 'not-kept', detail: element });
    }
  });
});

describe('htmlToDoc', () => {
  it('returns a body the editor schema accepts unchanged', () => {
    for (const html of [WORD_PASTE, GOOGLE_DOCS_PASTE, WEB_PAGE, '', '<p></p>', '<table></table><ul></ul>', '<li>stray item', '<td>stray cell']) {
      const { body } = htmlToDoc(html);
      expect(normalizeDoc(body), html.slice(0, 40)).toEqual(body);
    }
  });

  it('gives an empty paragraph for HTML without text', () => {
    expect(htmlToDoc('<div><br><p>&nbsp;</p><img src="a.png"></div>').body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('drops control characters and keeps line breaks as hard breaks', () => {
    const { body } = htmlToDoc('<p>a\u0007b\u0000c<br>  d\u200b\u00ade</p>');
    expect(body.content![0].content).toEqual([{ type: 'text', text: 'abc' }, { type: 'hardBreak' }, { type: 'text', text: 'd\u200b\u00ade' }]);
  });

  it('takes the title and a subtitle before the text out of the body only when asked', () => {
    const html = '<p class="MsoSubtitle">Qısa</p><p class=MsoTitle>Baş<br>lıq</p><p>Mətn</p><p class="title">İkinci</p><p class="subtitle">Sonra</p>';
    const taken = htmlToDoc(html, { extractTitle: true });
    expect(taken.title).toBe('Baş lıq');
    expect(taken.lead).toBe('Qısa');
    expect(blocks(taken.body)).toEqual<Block[]>([
      para(plain('Mətn')),
      { kind: 'heading', level: 1, runs: [plain('İkinci')] },
      { kind: 'heading', level: 2, runs: [plain('Sonra')] },
    ]);

    const kept = htmlToDoc(html);
    expect(kept.title).toBeUndefined();
    expect(kept.lead).toBeUndefined();
    expect(docToText(kept.body)).toBe('Qısa\n\nBaş\nlıq\n\nMətn\n\nİkinci\n\nSonra');
  });

  it("keeps a numbered heading's number as text", () => {
    const { body } = htmlToDoc(
      "<h2 style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; </span></span><![endif]>Giriş</h2>",
    );
    expect(blocks(body)).toEqual<Block[]>([{ kind: 'heading', level: 2, runs: [plain('1. Giriş')] }]);
  });

  it("reads the other form of Word's list markers, in comments", () => {
    const item = (marker: string, level: number, text: string) =>
      `<p class=MsoListParagraph style="mso-list:l0 level${level} lfo1"><!--[if !supportLists]--><span>${marker}&nbsp;&nbsp;</span><!--[endif]-->${text}</p>`;
    const { body } = htmlToDoc(item('(1)', 1, 'Bir') + item('(2)', 1, 'İki') + item('§', 2, 'Alt') + '<p>Son</p>' + item('5.', 1, 'Beş'));
    expect(blocks(body)).toEqual<Block[]>([
      { kind: 'ordered', start: 1, items: [[para(plain('Bir'))], [para(plain('İki')), { kind: 'bullets', items: [[para(plain('Alt'))]] }]] },
      para(plain('Son')),
      { kind: 'ordered', start: 5, items: [[para(plain('Beş'))]] },
    ]);
  });

  it('flattens nesting deeper than anyone writes instead of failing', () => {
    const levels = 5000;
    const html = '<blockquote><ul><li>'.repeat(levels) + 'içəri' + '</li></ul></blockquote>'.repeat(levels) + '<span><b>'.repeat(levels) + 'qalın';
    const { body } = htmlToDoc(html);
    expect(docToText(body).split('\n').filter(Boolean)).toEqual(['içəri', 'qalın']);
    expect(depth(body)).toBeLessThan(200);
    expect(normalizeDoc(body)).toEqual(body);
  });

  it('reports an unknown element once and keeps its text', () => {
    const { body, warnings } = htmlToDoc('<p><marquee>bir</marquee> <marquee>iki</marquee></p>');
    expect(docToText(body)).toBe('bir iki');
    expect(warnings).toEqual([{ code: 'not-kept', detail: 'marquee', count: 2 }]);
  });
});

describe('htmlToDoc: raised and lowered text, lists by letter', () => {
  it("keeps <sup>/<sub> and Word's vertical-align as superscript and subscript marks, in the search text too", () => {
    const { body } = htmlToDoc(
      '<p>120 m<sup>2</sup>, CO<sub>2</sub>, 1<span style="vertical-align:super">st</span>, H<span style="vertical-align:sub">2</span>O</p>' +
        '<ol type="a" start="3"><li>c</li></ol><ol type="I"><li>one</li></ol>',
    );
    const runs = docBlocks(body.content ?? [])[0];
    expect(runs.kind === 'para' && runs.runs).toEqual([
      { text: '120 m', marks: [] },
      { text: '2', marks: ['superscript'] },
      { text: ', CO', marks: [] },
      { text: '2', marks: ['subscript'] },
      { text: ', 1', marks: [] },
      { text: 'st', marks: ['superscript'] },
      { text: ', H', marks: [] },
      { text: '2', marks: ['subscript'] },
      { text: 'O', marks: [] },
    ]);
    expect(body.content!.slice(1).map((list) => list.attrs)).toEqual([
      { start: 3, type: 'a' },
      { start: 1, type: 'I' },
    ]);
    // The text keeps its length: m² and CO₂ have letters of their own, and search folds them to digits.
    expect(docToText(body).split('\n')[0]).toBe('120 m², CO₂, 1st, H₂O');
  });
});
