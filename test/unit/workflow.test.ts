import { describe, expect, it } from 'vitest';
import { ROLES, STATUSES, type DocNode, type Role, type Status } from '../../core/api';
import { checkTransition, nextStatuses, trackedChanges, type TransitionFacts } from '../../core/workflow';

const body = (...marks: string[]): DocNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Görüş keçirilib.', ...(marks.length && { marks: marks.map((type) => ({ type })) }) }] }],
});
const NOW = Date.UTC(2026, 11, 8, 6, 0);
const ready = (status: Status, extra: Partial<TransitionFacts> = {}): TransitionFacts => ({
  status,
  title: 'Görüş',
  lead: 'Baş prokuror görüşüb.',
  releaseDate: '2026-12-08',
  body: body(),
  qaErrors: 0,
  embargoUntil: null,
  now: NOW,
  ...extra,
});
const actor = (role: Role) => ({ name: 'Rəşad Əliyev', role });

/** Every step the office allows, with who may take it, written out apart from the rules table. */
const ALLOWED: [Status, Status, Role[]][] = [
  ['draft', 'review', ['author', 'editor', 'approver', 'translator']],
  ['review', 'approved', ['approver']],
  ['approved', 'published', ['editor', 'approver']],
  ['review', 'draft', ['editor', 'approver']],
  ['approved', 'draft', ['editor', 'approver']],
  ['published', 'draft', ['approver']],
  ['archived', 'draft', ['approver']],
  ['draft', 'archived', ['editor', 'approver']],
  ['review', 'archived', ['editor', 'approver']],
  ['approved', 'archived', ['editor', 'approver']],
  ['published', 'archived', ['editor', 'approver']],
];

describe('sign-off transitions', () => {
  for (const from of STATUSES) {
    for (const to of STATUSES) {
      const allowed = ALLOWED.find(([f, t]) => f === from && t === to);
      for (const role of ROLES) {
        const may = allowed?.[2].includes(role) ?? false;
        it(`${from} → ${to} by ${role}: ${may ? 'allowed' : 'refused'}`, () => {
          const problems = checkTransition(ready(from), to, actor(role), 'Tarix səhvdir');
          if (may) expect(problems).toEqual([]);
          else expect(problems).toEqual(allowed ? ['role'] : ['no-such-step']);
        });
      }
    }
  }

  it('offers as buttons exactly the steps a role may take', () => {
    for (const from of STATUSES) {
      for (const role of ROLES) {
        const expected = ALLOWED.filter(([f, , roles]) => f === from && roles.includes(role)).map(([, t]) => t);
        expect(nextStatuses(from, role).sort()).toEqual(expected.sort());
      }
    }
  });

  it('refuses an approval that lacks a title, a lead, a date, or still holds tracked changes or QA errors', () => {
    const approve = (facts: Partial<TransitionFacts>) => checkTransition(ready('review', facts), 'approved', actor('approver'), '');
    expect(approve({ title: ' ' })).toEqual(['title']);
    expect(approve({ lead: '' })).toEqual(['lead']);
    expect(approve({ releaseDate: null })).toEqual(['date']);
    expect(approve({ body: body('insertion') })).toEqual(['tracked-changes']);
    expect(approve({ body: body('bold', 'deletion') })).toEqual(['tracked-changes']);
    expect(approve({ qaErrors: 2 })).toEqual(['qa-errors']);
    expect(approve({ title: '', lead: '', releaseDate: null, qaErrors: 1 })).toEqual(['title', 'lead', 'date', 'qa-errors']);
    expect(approve({ body: body('bold', 'comment') })).toEqual([]);
  });

  it('refuses going back without a reason, acting without a name, and publishing under embargo', () => {
    expect(checkTransition(ready('review'), 'draft', actor('editor'), '  ')).toEqual(['reason']);
    expect(checkTransition(ready('draft'), 'review', { name: ' ', role: 'author' }, '')).toEqual(['no-name']);
    expect(checkTransition(ready('draft'), 'review', { name: 'Leyla', role: null }, '')).toEqual(['role']);
    const embargoed = ready('approved', { embargoUntil: NOW + 60_000 });
    expect(checkTransition(embargoed, 'published', actor('approver'), '')).toEqual(['embargoed']);
    expect(checkTransition({ ...embargoed, now: NOW + 60_000 }, 'published', actor('approver'), '')).toEqual([]);
  });

  it('counts tracked changes by mark name, wherever they sit', () => {
    const nested: DocNode = {
      type: 'doc',
      content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [body('deletion').content![0]] }] }, body('insertion').content![0]],
    };
    expect(trackedChanges(nested)).toBe(2);
    expect(trackedChanges(body('bold'))).toBe(0);
  });
});
