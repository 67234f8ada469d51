// Every exported page goes through html-validate (recommended rules); its text is read back with
// htmlparser2 and compared with the source document, and its JSON-LD is parsed and checked.
import { HtmlValidate } from 'html-validate';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { exportHtml, exportHtmlFragment } from '../../core/export/html';
import type { ExportInput } from '../../core/export/input';
import { ALL_LETTERS_LINES, FIXTURES, TEST_SETTINGS, fixtureInput, link, p, t, type Fixture } from '../helpers/export-fixtures';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function expectValid(html: string): Promise<void> {
  const report = await validator.validateString(html);
  const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
  expect(messages).toEqual([]);
}

/** Text as a reader sees it, with <br> as a line break; scripts and styles are not text. */
function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (node.type === 'tag' && node.name === 'br') return '\n';
  if (node.type === 'tag') return node.children.map(textOf).join('');
  return '';
}

const elements = (root: ChildNode[], test: (el: Element) => boolean) => DomUtils.findAll(test, root);
const hasClass = (el: Element, name: string) => (el.attribs.class ?? '').split(' ').includes(name);

/** The article's text blocks, as [tag, text], leaving out what the exporter adds around the body. */
function articleBlocks(html: string): [string, string][] {
  const doc = parseDocument(html);
  const article = elements(doc.children, (el) => el.name === 'article')[0] ?? doc;
  const outside = (el: Element): boolean =>
    hasClass(el, 'lead') || hasClass(el, 'dateline') || hasClass(el, 'boilerplate') || (el.parent?.type === 'tag' && outside(el.parent));
  return elements(article.children, (el) => /^(p|h[2-6])$/.test(el.name) && !outside(el)).map((el) => [el.name, textOf(el)]);
}

/** The source's text blocks in the same shape, read independently of the exporter. */
function sourceBlocks(node: DocNode): [string, string][] {
  if (node.type === 'paragraph' || node.type === 'heading') {
    const text = (node.content ?? []).map((child) => (child.type === 'hardBreak' ? '\n' : (child.text ?? ''))).join('');
    // The page title is h1, so body headings start at h2; HTML ends at h6, where levels 5 and 6 meet.
    return [[node.type === 'heading' ? `h${Math.min(6, Number(node.attrs?.level) + 1)}` : 'p', text]];
  }
  return (node.content ?? []).flatMap(sourceBlocks);
}

function expectedBlocks(fixture: Fixture): [string, string][] {
  return fixture.name === 'letters' ? [['p', ALL_LETTERS_LINES.join('\n')]] : sourceBlocks(fixture.body);
}

function jsonLd(html: string): Record<string, unknown> {
  const doc = parseDocument(html);
  const scripts = elements(doc.children, (el) => el.name === 'script');
  expect(scripts).toHaveLength(1);
  expect(scripts[0].attribs.type).toBe('application/ld+json');
  return JSON.parse(DomUtils.textContent(scripts[0])) as Record<string, unknown>;
}

function metaContent(html: string, attribute: 'name' | 'property', key: string): string[] {
  const doc = parseDocument(html);
  return elements(doc.children, (el) => el.name === 'meta' && el.attribs[attribute] === key).map((el) => el.attribs.content);
}

const input = (fixture: Fixture, extra: Partial<ExportInput> = {}) =>
  fixtureInput(fixture, {
    keywords: ['Qazaxıstan', 'ekstradisiya'],
    about: [{ name: 'Qazaxıstan', kind: 'country', sameAs: ['https://www.wikidata.org/wiki/Q232', 'javascript:alert(1)'] }],
    mentions: [
      { name: 'İnterpol', kind: 'organization' },
      { name: 'Kamran Əliyev', kind: 'person', sameAs: ['https://www.wikidata.org/wiki/Q1', 'https://example.org/ka'] },
    ],
    ...extra,
  });

describe.each(FIXTURES.map((fixture) => [fixture.name, fixture] as const))('HTML export: %s', (_name, fixture) => {
  const page = exportHtml(input(fixture));
  const fragment = exportHtmlFragment(input(fixture));

  it('is valid HTML5, standalone and as a fragment', async () => {
    await expectValid(page);
    await expectValid(fragment);
  });

  it('holds the text of every block exactly', () => {
    expect(articleBlocks(page)).toEqual(expectedBlocks(fixture));
    expect(articleBlocks(fragment)).toEqual(expectedBlocks(fixture));
    const doc = parseDocument(page);
    expect(elements(doc.children, (el) => el.name === 'h1').map(textOf)).toEqual([fixture.title]);
  });

  it('has the language, title and Open Graph tags', () => {
    const doc = parseDocument(page);
    expect(elements(doc.children, (el) => el.name === 'html')[0].attribs.lang).toBe(fixture.language);
    expect(metaContent(page, 'property', 'og:title')).toEqual([fixture.title]);
    expect(metaContent(page, 'property', 'og:type')).toEqual(['article']);
    expect(metaContent(page, 'property', 'og:locale')).toEqual([{ az: 'az_AZ', en: 'en_US', ru: 'ru_RU' }[fixture.language]]);
    expect(metaContent(page, 'property', 'article:published_time')).toEqual(['2024-04-03T00:00:00+04:00']);
    expect(metaContent(page, 'name', 'keywords')).toEqual(['Qazaxıstan, ekstradisiya']);
    const title = textOf(elements(doc.children, (el) => el.name === 'title')[0]);
    expect(title.length).toBeLessThanOrEqual(70);
    expect(fixture.title.startsWith(title.replace(/…$/, ''))).toBe(true);
  });

  it('describes itself as a NewsArticle in JSON-LD', () => {
    const data = jsonLd(page);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: fixture.title,
      datePublished: '2024-04-03T00:00:00+04:00',
      dateModified: '2024-04-03T15:20:11+04:00',
      inLanguage: fixture.language,
      dateline: 'Bakı',
      keywords: ['Qazaxıstan', 'ekstradisiya'],
      publisher: {
        '@type': 'Organization',
        name: TEST_SETTINGS.officeName[fixture.language],
        url: 'https://genprosecutor.gov.az',
        logo: { '@type': 'ImageObject', url: TEST_SETTINGS.logo },
      },
      about: [{ '@type': 'Country', name: 'Qazaxıstan', sameAs: 'https://www.wikidata.org/wiki/Q232' }],
      mentions: [
        { '@type': 'Organization', name: 'İnterpol' },
        { '@type': 'Person', name: 'Kamran Əliyev', sameAs: ['https://www.wikidata.org/wiki/Q1', 'https://example.org/ka'] },
      ],
    });
    expect(String(data.description)).toBe(metaContent(page, 'name', 'description')[0]);
  });

  it('leaves scripts, styles, the title and the office header out of the fragment', () => {
    expect(fragment).not.toMatch(/<(script|style|h1|header|html|head|body|meta|title)\b/);
  });
});

describe('HTML export of hostile text', () => {
  const hostile = `</script><script>alert(1)</script><!--`;
  const title = `Baş & <Prokuror> "dedi" 'ki' ${hostile}`;
  const fixture: Fixture = {
    name: 'hostile',
    language: 'az',
    title,
    body: {
      type: 'doc',
      content: [
        p(t(hostile)),
        p(t(`&<>"'`), t(' link', link('javascript:alert(1)')), t(' data', link('data:text/html,<b>x</b>'))),
        p(t('ok', link('https://example.az/?a=1&b="2"'))),
      ],
    },
  };
  const page = exportHtml(input(fixture, { keywords: [hostile], release: { ...input(fixture).release, lead: hostile, dateline: hostile } }));

  it('keeps every piece of markup in the text as text', async () => {
    await expectValid(page);
    const doc = parseDocument(page);
    expect(elements(doc.children, (el) => el.name === 'h1').map(textOf)).toEqual([title]);
    expect(articleBlocks(page)).toEqual([
      ['p', hostile],
      ['p', `&<>"' link data`],
      ['p', 'ok'],
    ]);
    expect(jsonLd(page)).toMatchObject({ headline: title, description: hostile, keywords: [hostile], dateline: hostile });
  });

  it('writes only web and mail links', () => {
    const doc = parseDocument(page);
    const hrefs = elements(doc.children, (el) => el.name === 'a').map((el) => el.attribs.href);
    expect(hrefs).toEqual(['https://example.az/?a=1&b="2"']);
  });
});

describe('HTML export around the body', () => {
  const fixture = FIXTURES[0];
  const settings = {
    ...TEST_SETTINGS,
    boilerplate: { ...TEST_SETTINGS.boilerplate, az: 'Birinci bağlayıcı abzas.\n\nİkinci abzas.' },
    mediaContact: { ...TEST_SETTINGS.mediaContact, az: 'Mətbuat xidməti\n+994 12 000 00 00' },
  };
  const base = input(fixture, { settings });
  const withLead = { ...base, release: { ...base.release, lead: 'Baş prokuror qonaqları qəbul edib.' } };

  it('shows the lead first, then the body, the boilerplate and the media contact', async () => {
    const page = exportHtml(withLead);
    await expectValid(page);
    const doc = parseDocument(page);
    const texts = elements(doc.children, (el) => el.name === 'p' || /^h[1-4]$/.test(el.name)).map(textOf);
    const order = [
      settings.officeName.az,
      fixture.title,
      'Bakı, 3 aprel 2024',
      'Baş prokuror qonaqları qəbul edib.',
      ...sourceBlocks(fixture.body).map(([, text]) => text),
      'Birinci bağlayıcı abzas.',
      'İkinci abzas.',
      'Mətbuat xidməti\n+994 12 000 00 00',
    ];
    expect(texts).toEqual(order);
    expect(metaContent(page, 'name', 'description')).toEqual(['Baş prokuror qonaqları qəbul edib.']);
  });

  it('gives the CMS the lead, body and boilerplate but not the media contact', async () => {
    const fragment = exportHtmlFragment(withLead);
    await expectValid(fragment);
    const texts = elements(parseDocument(fragment).children, (el) => el.name === 'p' || /^h[2-4]$/.test(el.name)).map(textOf);
    expect(texts).toEqual([
      'Baş prokuror qonaqları qəbul edib.',
      ...sourceBlocks(fixture.body).map(([, text]) => text),
      'Birinci bağlayıcı abzas.',
      'İkinci abzas.',
    ]);
  });

  it('describes a release without a lead by its first paragraph, and an untitled one by its kind', async () => {
    const untitled = { ...base, release: { ...base.release, title: '' } };
    const page = exportHtml(untitled);
    await expectValid(page);
    expect(metaContent(page, 'name', 'description')).toEqual(['Baş prokuror qonaqları salamlayıb.']);
    expect(textOf(elements(parseDocument(page).children, (el) => el.name === 'title')[0])).toBe('Mətbuat relizi');
  });
});
