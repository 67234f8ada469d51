// Export refused because the checks found errors: they are listed, each leading to its segment, and
// the officer may still export, consciously, with "Export anyway".
import type { TranslationSegment } from '../../core/api';
import type { QaIssue } from '../../core/translate/qa';
import { useI18n } from '../i18n/I18n';
import { ModalDialog } from '../ui/ModalDialog';
import { IssueList } from './IssueList';

interface Props {
  errors: QaIssue[];
  segments: TranslationSegment[];
  onPick(index: number): void;
  onOverride(): void;
  onClose(): void;
}

export function ExportBlockedDialog({ errors, segments, onPick, onOverride, onClose }: Props) {
  const { m } = useI18n();
  return (
    <ModalDialog titleId="export-blocked-title" testId="export-blocked" onClose={onClose}>
      <h2 id="export-blocked-title" className="dialog-title">
        {m.translate.blockedTitle}
      </h2>
      <p className="dialog-text">{m.translate.blockedText}</p>
      <IssueList issues={errors} segments={segments} onPick={onPick} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {m.dialog.cancel}
        </button>
        <button type="button" className="button button-danger" data-testid="export-anyway" onClick={onOverride}>
          {m.translate.exportAnyway}
        </button>
      </div>
    </ModalDialog>
  );
}
