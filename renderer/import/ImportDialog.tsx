// The import of a batch of files: a progress bar while it runs, then what became of each file —
// imported, imported with something to check, already imported, or refused and why.
import type { ReactNode } from 'react';
import type { ImportWarning } from '../../core/import/types';
import { useI18n, type Messages } from '../i18n/I18n';
import { Icon } from '../ui/Icon';
import { ModalDialog } from '../ui/ModalDialog';
import { ProgressLine } from '../ui/ProgressLine';
import { useImportRun, type Entry, type Outcome } from './useImportRun';

interface Props {
  files: File[];
  onClose(): void;
  onOpen(releaseId: number): void;
  onImported(): void;
}

type Group = 'imported' | 'warnings' | 'duplicates' | 'refused';
const GROUPS: Group[] = ['imported', 'warnings', 'duplicates', 'refused'];

function groupOf(outcome: Outcome): Group {
  if (outcome.status === 'imported') return outcome.warnings.length ? 'warnings' : 'imported';
  return outcome.status === 'duplicate' ? 'duplicates' : 'refused';
}

export function ImportDialog({ files, onClose, onOpen, onImported }: Props) {
  const { m } = useI18n();
  const run = useImportRun(files, onImported);
  const done = run.entries.filter((entry) => entry.state === 'done');
  const current = run.entries.find((entry) => entry.state === 'working');
  const importedCount = done.filter((entry) => entry.outcome?.status === 'imported').length;

  return (
    <ModalDialog titleId="import-title" testId="import-dialog" className="dialog-wide" onClose={onClose}>
      <h2 id="import-title" className="dialog-title">
        {m.import.title}
      </h2>
      {run.running ? (
        <ProgressLine
          testId="import-progress"
          value={done.length}
          max={run.entries.length}
          name={m.import.title}
          count={m.import.progress(done.length, run.entries.length)}
          detail={current ? m.import.working(current.fileName) : ''}
        />
      ) : (
        <p className="dialog-text" data-testid="import-summary" role="status">
          {m.import.summary(importedCount, run.entries.length)}
          {run.stopped && ` ${m.import.stopped}`}
        </p>
      )}
      <div className="report" data-testid="import-report">
        {GROUPS.map((group) => {
          const members = done.filter((entry) => entry.outcome && groupOf(entry.outcome) === group);
          if (members.length === 0) return null;
          return (
            <section key={group} className={`report-group report-${group}`} data-testid={`import-group-${group}`} aria-labelledby={`import-group-${group}`}>
              <h3 id={`import-group-${group}`} className="report-heading">
                <Icon name={group === 'imported' ? 'check' : group === 'duplicates' ? 'copy' : 'alert'} size={15} />
                {m.import.groups[group]} <span className="report-count">{members.length}</span>
              </h3>
              <ul className="report-list">
                {members.map((entry) => (
                  <ReportItem key={entry.key} entry={entry} onOpen={onOpen} onImportAnyway={run.importAnyway} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <div className="dialog-actions">
        {run.running ? (
          <button type="button" className="button" data-testid="import-stop" onClick={run.stop}>
            {m.import.stop}
          </button>
        ) : (
          <button type="button" className="button button-primary" data-testid="import-close" autoFocus onClick={onClose}>
            {m.dialog.close}
          </button>
        )}
      </div>
    </ModalDialog>
  );
}

function ReportItem({ entry, onOpen, onImportAnyway }: { entry: Entry; onOpen(id: number): void; onImportAnyway(key: number): void }) {
  const { m } = useI18n();
  const outcome = entry.outcome!;
  let body: ReactNode;
  if (outcome.status === 'imported') {
    const { release, warnings, changes } = outcome;
    body = (
      <>
        <button type="button" className="report-open" data-testid="import-open" title={m.import.openHint} onClick={() => onOpen(release.id)}>
          <span className="report-title">{release.title.trim() || m.library.untitled}</span>
          <span className="report-file">{entry.fileName}</span>
        </button>
        {changes.length > 0 && <p className="report-note">{m.import.changes(changes.length)}</p>}
        {warnings.length > 0 && <WarningList m={m} warnings={warnings} />}
      </>
    );
  } else if (outcome.status === 'duplicate') {
    body = (
      <>
        <span className="report-file report-file-main">{entry.fileName}</span>
        <p className="report-note">{m.import.duplicateOf(outcome.duplicateOf.title.trim() || m.library.untitled)}</p>
        <button
          type="button"
          className="button button-small"
          data-testid="import-anyway"
          disabled={entry.state === 'working'}
          onClick={() => onImportAnyway(entry.key)}
        >
          {m.import.importAnyway}
        </button>
      </>
    );
  } else {
    body = (
      <>
        <span className="report-file report-file-main">{entry.fileName}</span>
        <p className="report-reason" data-testid="import-reason" data-code={outcome.reason.code}>
          {m.import.refused[outcome.reason.code]}
          <span className="report-detail">{outcome.reason.message}</span>
        </p>
      </>
    );
  }
  return (
    <li className="report-item" data-testid="import-item" data-status={outcome.status} data-file={entry.fileName}>
      {body}
    </li>
  );
}

export function WarningList({ m, warnings }: { m: Messages; warnings: ImportWarning[] }) {
  return (
    <ul className="warning-list" data-testid="import-warnings">
      {warnings.map((warning, i) => (
        <li key={i} data-code={warning.code}>
          <Icon name="alert" size={13} />
          <span>
            {m.import.warnings[warning.code]}
            {warning.count !== undefined && warning.count > 1 && <span className="report-count">×{warning.count}</span>}
            {warning.detail && <span className="report-detail">{warning.detail}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
