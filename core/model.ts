// The shapes every part of Pressdesk shares: languages, statuses, roles, a release and its body,
// a registry entity. A leaf: it imports no other module of the app but the registry's own types,
// so core/ logic, db/ and the contract (core/api/) can all take these from here without a cycle.
import type { EntityKind, Names } from './registry/types';

export const LANGUAGES = ['az', 'en', 'ru'] as const;
export const STATUSES = ['draft', 'review', 'approved', 'published', 'archived'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Status = (typeof STATUSES)[number];

/** What an officer does in the sign-off of a release; the transition rules in core/workflow.ts key on it. */
export const ROLES = ['author', 'editor', 'approver', 'translator'] as const;
export type Role = (typeof ROLES)[number];

/** TipTap/ProseMirror JSON. Its structure is checked against the editor schema where it is turned into text. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

/** The editable fields of a release (validated by the contract's `ReleaseFields` schema). */
export interface ReleaseFields {
  title: string;
  lead: string;
  dateline: string;
  releaseDate: string | null;
  language: Language;
  status: Status;
  body: DocNode;
}

export interface Release extends ReleaseFields {
  id: number;
  /** Epoch ms; the release may not go out before. */
  embargoUntil: number | null;
  /** The zone the embargo was given in, for showing it as the officer wrote it. */
  embargoZone: string | null;
  /** Epoch ms at which a running Pressdesk marks the approved release published. */
  publishAt: number | null;
  wordCount: number;
  createdAt: number;
  updatedAt: number;
  /** Counter bumped by every save; a save must name the one it started from. */
  revision: number;
  deletedAt: number | null;
}

export interface Entity {
  id: number;
  key: string;
  kind: EntityKind;
  names: { az: string; en: string | null; ru: string | null };
  aliases: Partial<Record<keyof Names, string[]>>;
  title: Partial<Names>;
  affiliation: string | null;
  country: string | null;
  shipped: boolean;
  edited: boolean;
  retiredAt: number | null;
  mergedInto: number | null;
}
