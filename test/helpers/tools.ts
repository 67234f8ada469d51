import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Whether `name` is an executable on the PATH. */
export function hasTool(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * For `describe.skipIf(missingTools('pandoc'))`: true, with the reason printed, when a tool is not
 * installed, so a developer without it still runs the rest. CI sets PRESSDESK_REQUIRE_TOOLS=1,
 * and there a missing tool fails the file instead of skipping it quietly.
 */
export function missingTools(...names: string[]): boolean {
  const missing = names.filter((name) => !hasTool(name));
  if (!missing.length) return false;
  const message = `needs ${missing.join(', ')} on the PATH (apt: pandoc, libreoffice-writer-nogui, poppler-utils, libxml2-utils)`;
  if (process.env.PRESSDESK_REQUIRE_TOOLS === '1') throw new Error(`PRESSDESK_REQUIRE_TOOLS=1 but this test ${message}`);
  console.warn(`skipping: this test ${message}`);
  return true;
}
