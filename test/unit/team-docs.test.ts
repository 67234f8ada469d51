import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocNode } from '../../core/api';
import { normalizeDoc } from '../../core/doc-schema';
import {
  addLibraryVersion,
  canEditDoc,
  canSetStatus,
  editRefusal,
  entityTagKey,
  libraryEntries,
  libraryVersions,
  parseDocName,
  readBody,
  readFields,
  readFieldsPresent,
  readTags,
  releaseDocName,
  setLibraryEntry,
  setTag,
  teamFieldsOf,
  userColor,
  versionDocName,
  writeBody,
  writeFields,
} from '../../core/team';
import { richRelease } from '../bench/rich-release';

const UID = '0b6a3c52-6f1e-4b8e-9a3d-2f4c5e6a7b8c';

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

/** Marks the rich sample does not carry: super/subscript, underline, strike, tracked changes, comments, hard breaks. */
const markedBody: DocNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'CO' },
        { type: 'text', text: '2', marks: [{ type: 'subscript' }] },
        { type: 'text', text: ' və 10 m' },
        { type: 'text', text: '2', marks: [{ type: 'superscript' }] },
        { type: 'text', text: ' altı', marks: [{ type: 'underline' }, { type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'silinən', marks: [{ type: 'deletion', attrs: { author: 'Aysel', date: '2026-12-01T10:00:00Z' } }] },
        { type: 'text', text: 'əlavə', marks: [{ type: 'insertion', attrs: { author: 'Aysel', date: '2026-12-01T10:00:00Z' } }] },
        { type: 'text', text: ' qeyd', marks: [{ type: 'comment', attrs: { id: 'c-1' } }, { type: 'strike' }] },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sitat' }] }] },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: 2, rowspan: 1, colwidth: null },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Başlıq' }] }],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] },
            { type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph' }] },
          ],
        },
      ],
    },
  ],
};

describe('team document names', () => {
  it('spells and parses release, version and single documents', () => {
    expect(releaseDocName(UID)).toBe(`release/${UID}`);
    expect(versionDocName(UID, 'ru')).toBe(`version/${UID}/ru`);
    expect(parseDocName(`release/${UID}`)).toEqual({ kind: 'release', uid: UID });
    expect(parseDocName(`version/${UID}/en`)).toEqual({ kind: 'version', uid: UID, language: 'en' });
    expect(parseDocName('library')).toEqual({ kind: 'library' });
    expect(parseDocName('termbase')).toEqual({ kind: 'termbase' });
  });

  it('refuses names no Pressdesk makes', () => {
    for (const name of ['release/1', `version/${UID}/az`, `release/${UID}/x`, 'libraries', '', `release/${UID.toUpperCase()}`]) {
      expect(parseDocName(name)).toBeNull();
    }
    expect(() => releaseDocName('../etc')).toThrow();
  });
});

describe('team roles', () => {
  it('lets a translator edit versions but not the source release', () => {
    expect(canEditDoc('translator', versionDocName(UID, 'en'))).toBe(true);
    expect(canEditDoc('translator', releaseDocName(UID))).toBe(false);
    expect(editRefusal('translator', releaseDocName(UID))).toMatch(/translator edits the translated versions/);
    expect(canEditDoc('author', releaseDocName(UID))).toBe(true);
    expect(canEditDoc('translator', 'registry')).toBe(false);
    expect(canEditDoc('admin', 'not-a-doc')).toBe(false);
  });

  it('leaves approving and publishing to approvers and admins', () => {
    expect(canSetStatus('author', 'review')).toBe(true);
    expect(canSetStatus('editor', 'approved')).toBe(false);
    expect(canSetStatus('author', 'published')).toBe(false);
    expect(canSetStatus('approver', 'approved')).toBe(true);
    expect(canSetStatus('admin', 'published')).toBe(true);
  });

  it('gives each name one colour everywhere', () => {
    expect(userColor('Aysel')).toBe(userColor('Aysel'));
    expect(userColor('Aysel')).not.toBe(userColor('Rauf'));
  });
});

describe('team fields and tags', () => {
  it('writes only the fields that changed and reads them on another copy', () => {
    const a = new Y.Doc();
    expect(writeFields(a, { title: 'Görüş', date: '2026-12-08', embargo: { until: 1, zone: 'Asia/Baku', publishAt: null } })).toEqual([
      'title',
      'date',
      'embargo',
    ]);
    expect(writeFields(a, { title: 'Görüş', lead: 'Giriş' })).toEqual(['lead']);
    const b = new Y.Doc();
    sync(a, b);
    expect(readFields(b)).toEqual({
      title: 'Görüş',
      lead: 'Giriş',
      dateline: '',
      date: '2026-12-08',
      language: 'az',
      status: 'draft',
      embargo: { until: 1, zone: 'Asia/Baku', publishAt: null },
    });
  });

  it('merges two officers changing different fields at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeFields(a, { title: 'Başlıq' });
    sync(a, b);
    writeFields(a, { lead: 'A-nın girişi' });
    writeFields(b, { dateline: 'Bakı' });
    sync(a, b);
    sync(b, a);
    expect(readFields(a)).toEqual(readFields(b));
    expect(readFields(a)).toMatchObject({ title: 'Başlıq', lead: 'A-nın girişi', dateline: 'Bakı' });
  });

  it('reads a value that would not pass the API as absent and refuses to write one', () => {
    const doc = new Y.Doc();
    doc.getMap('fields').set('status', 'stolen');
    doc.getMap('fields').set('date', '8 December');
    doc.getMap('fields').set('title', 'x'.repeat(10_000));
    expect(readFieldsPresent(doc)).toEqual({});
    expect(() => writeFields(doc, { language: 'fr' as 'az' })).toThrow(/language/);
  });

  it('maps a local release to the shared fields', () => {
    expect(
      teamFieldsOf({
        title: 't',
        lead: 'l',
        dateline: 'd',
        releaseDate: null,
        language: 'ru',
        status: 'review',
        embargoUntil: null,
        embargoZone: null,
        publishAt: 5,
      }),
    ).toEqual({ title: 't', lead: 'l', dateline: 'd', date: null, language: 'ru', status: 'review', embargo: { until: null, zone: null, publishAt: 5 } });
  });

  it('keys tags by what they name, not by a local id', () => {
    const doc = new Y.Doc();
    const key = entityTagKey('country', 'Qazaxıstan');
    expect(entityTagKey('country', 'QAZAXISTAN')).toBe(key);
    setTag(doc, key, { kind: 'country', az: 'Qazaxıstan' });
    setTag(doc, 'delegation/KZ', { party: 'Qazaxıstan', direction: 'incoming' });
    setTag(doc, 'delegation/KZ', null);
    expect(readTags(doc)).toEqual({ [key]: { kind: 'country', az: 'Qazaxıstan' } });
  });
});

describe('team body', () => {
  it.each([
    ['a rich release (headings, lists, marks, links, a table)', richRelease(7, 0, 900).body],
    ['super/subscript, tracked changes, comments, a quote, merged cells', markedBody],
  ])('round-trips %s through the shared document', (_name, body) => {
    const expected = normalizeDoc(body);
    const doc = new Y.Doc();
    writeBody(doc, body);
    expect(readBody(doc)).toEqual(expected);
    const copy = new Y.Doc();
    sync(doc, copy);
    expect(readBody(copy)).toEqual(expected);
    expect(normalizeDoc(readBody(copy))).toEqual(expected);
  });

  it('reads an empty document as one empty paragraph', () => {
    expect(readBody(new Y.Doc())).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('writes a save as the change it is, so a concurrent edit in the same paragraph survives', () => {
    const para = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeBody(a, para('Prokuror bu gün görüşdü.'));
    sync(a, b);
    writeBody(a, para('Baş prokuror bu gün görüşdü.'));
    writeBody(b, para('Prokuror bu gün Bakıda görüşdü.'));
    sync(a, b);
    sync(b, a);
    expect(readBody(a)).toEqual(para('Baş prokuror bu gün Bakıda görüşdü.'));
    expect(readBody(b)).toEqual(readBody(a));
  });

  it('refuses a body that does not fit the schema', () => {
    expect(() => writeBody(new Y.Doc(), { type: 'doc', content: [{ type: 'script' }] })).toThrow();
  });
});

describe('team library', () => {
  it('lists releases and versions by uid', () => {
    const doc = new Y.Doc();
    const entry = { title: 'Görüş', date: null, language: 'az' as const, status: 'draft' as const, updatedAt: 1, createdBy: 'aysel', trashed: false };
    setLibraryEntry(doc, UID, entry);
    doc.getMap('releases').set('not-a-uid', entry);
    addLibraryVersion(doc, UID, 'ru', 2);
    expect([...libraryEntries(doc)]).toEqual([[UID, entry]]);
    expect(libraryVersions(doc, UID)).toEqual(['ru']);
  });
});
