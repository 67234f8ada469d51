// What the notice after an export offers: the file opened, or shown in its folder, by the system.
import { api } from '../api-client';
import type { Messages } from '../i18n/I18n';
import type { NoticeAction } from '../ui/Notices';

export function exportedActions(m: Messages, path: string, onError: (error: unknown) => void): NoticeAction[] {
  const open = (how: 'open' | 'reveal') => () => void api.openExport({ path, how }).catch(onError);
  return [
    { label: m.export.showInFolder, run: open('reveal') },
    { label: m.export.openFile, run: open('open') },
  ];
}
