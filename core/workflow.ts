// The sign-off of a release as transitions between statuses. Pure rules: the host gathers the
// facts about the release (its fields, open tracked changes, QA errors of its versions) and asks
// here whether a step is allowed; nothing else may change a release's status.
import type { Role } from './api';

/** Who did something: only the name and role are recorded, never how they were established. */
export interface Actor {
  name: string;
  role: Role | null;
}
