// Several releases at once, in one or more formats, into one folder: choose, watch the progress,
// then see where the files went and which could not be written.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { EXPORT_FORMATS, type ExportedFile, type ExportFormat } from '../../core/api';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { describeError, failure } from '../i18n/errors';
import { Icon } from '../ui/Icon';
import { ModalDialog } from '../ui/ModalDialog';
import { useNotify } from '../ui/Notices';
import { ProgressLine } from '../ui/ProgressLine';

export interface Picked {
  id: number;
  title: string;
}

interface Props {
  releases: Picked[];
  /** Saves the open release, which may be among them; false when it could not be saved. */
  beforeExport(): Promise<boolean>;
  onClose(): void;
}

interface Failure {
  title: string;
  format: ExportFormat;
  reason: string;
}

type Phase = { kind: 'choose' } | { kind: 'running'; done: number; current: string } | { kind: 'done'; written: ExportedFile[]; failed: Failure[] };

/** The folder part of a path the host wrote, whichever separator its platform uses. */
function folderOf(path: string): string {
  return path.replace(/[\\/][^\\/]*$/, '');
}

export function BatchExportDialog({ releases, beforeExport, onClose }: Props) {
  const { m } = useI18n();
  const notify = useNotify();
  const [formats, setFormats] = useState<Set<ExportFormat>>(new Set(['html', 'docx']));
  const [folder, setFolder] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const stopRequested = useRef(false);
  const total = releases.length * formats.size;

  // Worded in the language of the moment it fails; a language switch does not load the settings again.
  const settingsFailed = useEffectEvent((error: unknown) => notify(failure(m, m.failures.loadSettings, error)));
  useEffect(() => {
    api.getSettings({}).then(
      (settings) => setFolder((typed) => typed || (settings.export.defaultFolder ?? '')),
      (error) => settingsFailed(error),
    );
    return () => {
      stopRequested.current = true;
    };
  }, []);

  const start = async () => {
    stopRequested.current = false;
    setPhase({ kind: 'running', done: 0, current: '' });
    const written: ExportedFile[] = [];
    const failed: Failure[] = [];
    const title = (release: Picked) => release.title.trim() || m.library.untitled;
    if (!(await beforeExport())) {
      notify(m.export.cannotExport);
      return setPhase({ kind: 'choose' });
    }
    let done = 0;
    for (const release of releases) {
      for (const format of EXPORT_FORMATS.filter((f) => formats.has(f))) {
        if (stopRequested.current) break;
        setPhase({ kind: 'running', done, current: `${title(release)} (${m.export.formats[format]})` });
        try {
          written.push(await api.exportRelease({ id: release.id, format, folder: folder.trim() || undefined }));
        } catch (error) {
          failed.push({ title: title(release), format, reason: describeError(m, error) });
        }
        done++;
      }
    }
    setPhase({ kind: 'done', written, failed });
  };

  const running = phase.kind === 'running';
  const folders = phase.kind === 'done' ? [...new Set(phase.written.map((file) => folderOf(file.path)))] : [];
  return (
    <ModalDialog titleId="batch-title" testId="batch-export-dialog" className="dialog-wide" onClose={running ? () => (stopRequested.current = true) : onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (phase.kind === 'choose' && formats.size > 0) void start();
        }}
      >
        <h2 id="batch-title" className="dialog-title">
          {m.batch.title(releases.length)}
        </h2>
        {phase.kind === 'choose' && (
          <>
            <fieldset className="format-choice">
              <legend className="field-label">{m.batch.formats}</legend>
              {EXPORT_FORMATS.map((format) => (
                <label key={format} className="check">
                  <input
                    type="checkbox"
                    data-testid={`batch-format-${format}`}
                    checked={formats.has(format)}
                    onChange={(e) =>
                      setFormats((all) => {
                        const next = new Set(all);
                        if (e.target.checked) next.add(format);
                        else next.delete(format);
                        return next;
                      })
                    }
                  />
                  {m.export.formats[format]}
                </label>
              ))}
            </fieldset>
            {formats.size === 0 && (
              <p className="dialog-problem" role="alert">
                {m.batch.noFormat}
              </p>
            )}
            <label className="field">
              <span className="field-label">{m.batch.folder}</span>
              <input
                data-testid="batch-folder"
                className="input"
                value={folder}
                maxLength={4096}
                spellCheck={false}
                aria-describedby="batch-folder-hint"
                onChange={(e) => setFolder(e.target.value)}
              />
              <span id="batch-folder-hint" className="field-hint">
                {m.batch.folderHint}
              </span>
            </label>
          </>
        )}
        {phase.kind === 'running' && (
          <ProgressLine
            testId="batch-progress"
            value={phase.done}
            max={total}
            name={m.batch.title(releases.length)}
            count={m.batch.progress(phase.done, total)}
            detail={phase.current ? m.batch.working(phase.current) : ''}
          />
        )}
        {phase.kind === 'done' && (
          <div className="report" data-testid="batch-report">
            <p className="report-summary" role="status">
              <Icon name="check" size={15} />
              <span>
                {m.batch.written(phase.written.length)}
                {folders.length > 0 && ` ${m.batch.into(folders.join(', '))}`}
              </span>
            </p>
            {phase.failed.length > 0 && (
              <section className="report-group report-refused" aria-labelledby="batch-failed">
                <h3 id="batch-failed" className="report-heading">
                  <Icon name="alert" size={15} />
                  {m.batch.failed} <span className="report-count">{phase.failed.length}</span>
                </h3>
                <ul className="report-list">
                  {phase.failed.map((failure, i) => (
                    <li key={i} className="report-item" data-testid="batch-failure">
                      <span className="report-file-main">
                        {failure.title} · {m.export.formats[failure.format]}
                      </span>
                      <p className="report-reason">{failure.reason}</p>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        )}
        <div className="dialog-actions">
          {phase.kind === 'choose' && (
            <>
              <button type="button" className="button" onClick={onClose}>
                {m.dialog.cancel}
              </button>
              <button type="submit" className="button button-primary" data-testid="batch-start" disabled={formats.size === 0}>
                {m.batch.start}
              </button>
            </>
          )}
          {running && (
            <button type="button" className="button" data-testid="batch-stop" onClick={() => (stopRequested.current = true)}>
              {m.import.stop}
            </button>
          )}
          {phase.kind === 'done' && (
            <button type="button" className="button button-primary" data-testid="batch-close" autoFocus onClick={onClose}>
              {m.dialog.close}
            </button>
          )}
        </div>
      </form>
    </ModalDialog>
  );
}
