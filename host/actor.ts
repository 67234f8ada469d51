import type { Role } from '../core/api';
import type { Actor } from '../core/workflow';
import type { Db } from '../db/open';
import * as settings from '../db/settings';

/**
 * Who is acting. In a single-user library that is the officer named in the settings; the record
 * stores only the resulting name and role, so a shared library can sign with its signed-in user
 * by supplying another actor here.
 */
export function officerActor(db: Db, name?: string, role?: Role): Actor {
  const officer = settings.getSettings(db).officer;
  return { name: (name ?? officer.name).trim(), role: role ?? officer.role };
}
