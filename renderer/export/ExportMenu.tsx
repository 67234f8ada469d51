// "Export" at the end of the editor's toolbar: the open release as HTML, DOCX or PDF into the export
// folder, or its HTML for the website copied to the clipboard. Exports read the stored release, so
// what is typed is saved first.
import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/api';
import { api } from '../api-client';
import type { DraftSession } from '../editor/draft-session';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import { ActionMenu } from '../ui/ActionMenu';
import { useNotify } from '../ui/Notices';
import { copyHtml } from './clipboard';
import { exportedActions } from './exported-actions';

type Action = ExportFormat | 'copy';

export function ExportMenu({ session }: { session: DraftSession }) {
  const { m } = useI18n();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  const run = async (action: Action) => {
    setBusy(true);
    try {
      if (!(await session.flush())) return notify(m.export.cannotExport);
      if (action === 'copy') {
        const { html, text } = await api.getHtmlFragment({ id: session.id });
        notify((await copyHtml(html, text)) === 'html' ? m.export.copied : m.export.copiedText, 'info');
      } else {
        const file = await api.exportRelease({ id: session.id, format: action });
        notify(
          m.export.saved(file.fileName),
          'info',
          exportedActions(m, file.path, (error) => notify(failure(m, m.failures.export, error))),
        );
      }
    } catch (error) {
      notify(failure(m, action === 'copy' ? m.failures.copy : m.failures.export, error));
    } finally {
      setBusy(false);
    }
  };

  const labels: Record<Action, string> = { html: m.export.html, docx: m.export.docx, pdf: m.export.pdf, copy: m.export.copyHtml };
  return (
    <ActionMenu
      label={busy ? m.export.working : m.export.menu}
      icon="export"
      testId="export-menu"
      className="export-button"
      ariaLabel={m.export.menu}
      busy={busy}
      actions={[...EXPORT_FORMATS, 'copy' as const].map((action) => ({
        id: `export-${action}`,
        label: labels[action],
        icon: action === 'copy' ? 'copy' : 'file',
        separated: action === 'copy',
        run: () => void run(action),
      }))}
    />
  );
}
