// The sign-off of a release as transitions between statuses. Pure rules: the host gathers the
// facts about the release (its fields, open tracked changes, QA errors of its versions) and asks
// here whether a step is allowed; nothing else may change a release's status.
import type { DocNode, ReleaseFields, Role, Status } from './model';

/** Who did something: only the name and role are recorded, never how they were established. */
export interface Actor {
  name: string;
  role: Role | null;
}

interface Rule {
  from: readonly Status[];
  to: Status;
  roles: readonly Role[];
  /** Going back needs a word on why, for the author who has to rework the text. */
  needsReason: boolean;
}

const ANY_ROLE: readonly Role[] = ['author', 'editor', 'approver', 'translator'];
const SENIOR: readonly Role[] = ['editor', 'approver'];

const RULES: readonly Rule[] = [
  { from: ['draft'], to: 'review', roles: ANY_ROLE, needsReason: false },
  { from: ['review'], to: 'approved', roles: ['approver'], needsReason: false },
  { from: ['approved'], to: 'published', roles: SENIOR, needsReason: false },
  { from: ['review', 'approved'], to: 'draft', roles: SENIOR, needsReason: true },
  { from: ['published', 'archived'], to: 'draft', roles: ['approver'], needsReason: true },
  { from: ['draft', 'review', 'approved', 'published'], to: 'archived', roles: SENIOR, needsReason: false },
];

/** Why a transition is refused; the UI words each in the officer's language. */
export type TransitionProblem = 'no-such-step' | 'no-name' | 'role' | 'reason' | 'title' | 'lead' | 'date' | 'tracked-changes' | 'qa-errors' | 'embargoed';

export interface TransitionFacts {
  status: Status;
  title: string;
  lead: string;
  releaseDate: string | null;
  body: DocNode;
  /** QA errors of the release (when it is a version) and of its versions that are past draft. */
  qaErrors: number;
  embargoUntil: number | null;
  now: number;
}

/** Tracked-change marks (insertion/deletion) still in a body: the text is not settled while any remain. */
export function trackedChanges(node: DocNode): number {
  const own = (node.marks ?? []).some((mark) => mark.type === 'insertion' || mark.type === 'deletion') ? 1 : 0;
  return own + (node.content ?? []).reduce((sum, child) => sum + trackedChanges(child), 0);
}

/** Every problem standing in the way of `actor` moving a release to `to`; none means allowed. */
export function checkTransition(facts: TransitionFacts, to: Status, actor: Actor, reason: string): TransitionProblem[] {
  const rule = RULES.find((r) => r.to === to && r.from.includes(facts.status));
  if (!rule) return ['no-such-step'];
  const problems: TransitionProblem[] = [];
  if (!actor.name.trim()) problems.push('no-name');
  if (!actor.role || !rule.roles.includes(actor.role)) problems.push('role');
  if (rule.needsReason && !reason.trim()) problems.push('reason');
  if (to === 'approved' || to === 'published') {
    if (!facts.title.trim()) problems.push('title');
    if (!facts.lead.trim()) problems.push('lead');
    if (!facts.releaseDate) problems.push('date');
    if (trackedChanges(facts.body) > 0) problems.push('tracked-changes');
    if (facts.qaErrors > 0) problems.push('qa-errors');
  }
  if (to === 'published' && embargoInForce(facts.embargoUntil, facts.now)) problems.push('embargoed');
  return problems;
}

/** The statuses `actor` may move a release to from `status`, whatever the text's state (shown as buttons). */
export function nextStatuses(status: Status, role: Role | null): Status[] {
  return RULES.filter((r) => r.from.includes(status) && role !== null && r.roles.includes(role)).map((r) => r.to);
}

export function needsReason(from: Status, to: Status): boolean {
  return RULES.some((r) => r.to === to && r.from.includes(from) && r.needsReason);
}

/** An embargo is in force until its instant; a release without one is free to go. */
export function embargoInForce(embargoUntil: number | null, now: number): boolean {
  return embargoUntil !== null && embargoUntil > now;
}

/** The body with its comment marks taken out and the text runs they split joined again. */
function withoutComments(node: DocNode): DocNode {
  const marks = node.marks?.filter((mark) => mark.type !== 'comment');
  const content: DocNode[] = [];
  for (const child of (node.content ?? []).map(withoutComments)) {
    const last = content.at(-1);
    if (last?.text !== undefined && child.text !== undefined && JSON.stringify(last.marks) === JSON.stringify(child.marks)) {
      content[content.length - 1] = { ...last, text: last.text + child.text };
    } else content.push(child);
  }
  return {
    ...node,
    marks: marks?.length ? marks : undefined,
    ...(node.content && { content }),
  };
}

/**
 * Whether what was approved has changed: the fields and the text with its formatting. A review
 * remark anchored in the text (a comment mark) changes nothing a reader of the release would see.
 */
export function approvedContentChanged(before: Omit<ReleaseFields, 'status'>, after: Omit<ReleaseFields, 'status'>): boolean {
  const content = ({ title, lead, dateline, releaseDate, language, body }: Omit<ReleaseFields, 'status'>) =>
    JSON.stringify([title, lead, dateline, releaseDate, language, withoutComments(body)]);
  return content(before) !== content(after);
}
