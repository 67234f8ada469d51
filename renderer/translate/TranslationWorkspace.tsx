// The translation workspace for one version: the source sentence by sentence beside its
// translation, the memory's matches and the terms of the segment being translated, quality checks,
// and the version's way out (export, XLIFF) and in (XLIFF back, TMX).
import { useRef, useState, type KeyboardEvent } from 'react';
import { ApiError, EXPORT_FORMATS, type ExportFormat, type Release, type TranslationSegment } from '../../core/api';
import type { QaIssue } from '../../core/translate/qa';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { Icon } from '../ui/Icon';
import { useNotify } from '../ui/Notices';
import { ActionMenu } from '../ui/ActionMenu';
import { ExportBlockedDialog } from './ExportBlockedDialog';
import { failure } from '../i18n/errors';
import { IssueList } from './IssueList';
import { fileBase64, pickFile } from './pick-file';
import { SegmentHelp, SHORTCUT_SLOTS } from './SegmentHelp';
import { SegmentRow } from './SegmentRow';
import { TermbaseDialog } from './TermbaseDialog';
import { TranslationProgress } from './TranslationProgress';
import { useSegmentHelp } from './useSegmentHelp';
import { useSegments } from './useSegments';
import { exportedActions } from '../export/exported-actions';

/** The digit of a key press whatever Shift or Alt made of its character ("!" or "¡" for 1). */
function digitOf(event: KeyboardEvent): number | null {
  const match = /^Digit([1-9])$/.exec(event.code);
  return match ? Number(match[1]) : null;
}

export function TranslationWorkspace({ targetId, onBack, onSaved }: { targetId: number; onBack(): void; onSaved(version: Release): void }) {
  const { m } = useI18n();
  const notify = useNotify();
  const segs = useSegments(targetId, onSaved);
  const { view } = segs;
  const [active, setActive] = useState(0);
  const [issues, setIssues] = useState<QaIssue[] | null>(null);
  const [blocked, setBlocked] = useState<{ format: ExportFormat; errors: QaIssue[] } | null>(null);
  const [termbaseOpen, setTermbaseOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const inputs = useRef(new Map<string, HTMLTextAreaElement>());

  const segments = view?.segments ?? [];
  const current: TranslationSegment | undefined = segments[active];
  const targetLang = view?.target.language ?? 'en';

  const help = useSegmentHelp({ targetId, segment: current, target: targetLang, inputs, setText: segs.setText });

  const goTo = (index: number) => {
    const next = segments[Math.max(0, Math.min(segments.length - 1, index))];
    if (!next) return;
    setActive(segments.indexOf(next));
    const input = inputs.current.get(next.id);
    input?.focus();
    input?.scrollIntoView({ block: 'nearest' });
  };

  const confirm = (index: number, segment: TranslationSegment, reviewed: boolean) => {
    void segs.save(segment.id, reviewed ? 'reviewed' : 'translated');
    goTo(index + 1);
  };

  const onKey = (index: number, segment: TranslationSegment, event: KeyboardEvent<HTMLTextAreaElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    const digit = digitOf(event);
    const act = (action: () => void) => {
      event.preventDefault();
      action();
    };
    if (mod && event.key === 'Enter') {
      act(() => confirm(index, segment, event.shiftKey));
    } else if ((mod && event.shiftKey && event.code === 'KeyS') || (event.altKey && event.key === 'Insert')) {
      act(() => help.insertAtCursor(segment.source, true));
    } else if (mod && digit !== null && digit <= SHORTCUT_SLOTS && (event.altKey || event.shiftKey)) {
      act(() => help.insertTerm(digit - 1));
    } else if (mod && digit !== null && digit <= SHORTCUT_SLOTS) {
      act(() => help.insertMatch(digit - 1));
    } else if (mod && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      act(() => goTo(index + (event.key === 'ArrowDown' ? 1 : -1)));
    }
  };

  const withBusy = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const fill = () =>
    withBusy(async () => {
      try {
        await segs.flush();
        const { filled, view: next } = await api.prefillFromMemory({ targetId });
        segs.setView(next);
        notify(m.translate.filled(filled), 'info');
      } catch (error) {
        notify(failure(m, m.translate.failures.fill, error));
      }
    });

  const runQa = async (): Promise<QaIssue[] | null> => {
    try {
      await segs.flush();
      const found = await api.runQa({ targetId });
      setIssues(found);
      return found;
    } catch (error) {
      notify(failure(m, m.translate.failures.qa, error));
      return null;
    }
  };

  const check = () =>
    withBusy(async () => {
      const found = await runQa();
      if (found) {
        const errors = found.filter((issue) => issue.severity === 'error').length;
        notify(m.translate.qaDone(errors, found.length - errors), errors ? 'error' : 'info');
      }
    });

  const exportAs = (format: ExportFormat, overrideQa = false) =>
    withBusy(async () => {
      try {
        if (!(await segs.flush())) return;
        const file = await api.exportRelease({ id: targetId, format, overrideQa });
        setBlocked(null);
        notify(
          m.translate.saved(file.fileName),
          'info',
          exportedActions(m, file.path, (error) => notify(failure(m, m.translate.failures.export, error))),
        );
      } catch (error) {
        if (error instanceof ApiError && error.code === 'blocked') {
          const found = (await runQa()) ?? [];
          setBlocked({ format, errors: found.filter((issue) => issue.severity === 'error') });
        } else {
          notify(failure(m, m.translate.failures.export, error));
        }
      }
    });

  const fileAction = (action: () => Promise<void>) =>
    withBusy(async () => {
      try {
        await segs.flush();
        await action();
      } catch (error) {
        notify(failure(m, m.translate.failures.file, error));
      }
    });

  const importXliff = () =>
    fileAction(async () => {
      const file = await pickFile('.xlf,.xliff,.xml');
      if (!file) return;
      const result = await api.importXliff({ targetId, data: await fileBase64(file) });
      segs.setView(result.view);
      const kinds = [...new Set(result.conflicts.map((conflict) => m.translate.conflicts[conflict.kind]))];
      notify(
        `${m.translate.xliffImported(result.updated, result.conflicts.length)}${kinds.length ? `: ${kinds.join('; ')}` : ''}`,
        result.conflicts.length ? 'error' : 'info',
      );
    });

  const importTmx = () =>
    fileAction(async () => {
      const file = await pickFile('.tmx,.xml');
      if (!file) return;
      const result = await api.importTmx({ fileName: file.name, data: await fileBase64(file) });
      // What was left out, once per kind, with how often and an example (the tag or the kept variant).
      const skipped = result.warnings.map((w) => `${m.translate.tmxSkipped[w.code]} (${w.detail}) ×${w.count}`);
      notify(`${m.translate.tmxImported(result.added, result.refreshed)}${skipped.length ? `: ${skipped.join('; ')}` : ''}`, skipped.length ? 'error' : 'info');
    });

  if (!view) {
    return (
      <section className="tw" aria-busy="true">
        <header className="tw-head">
          <BackButton onBack={onBack} />
        </header>
      </section>
    );
  }

  const segmentIssues = (issues ?? []).filter((issue) => issue.segmentId === current?.id);
  return (
    <section className="tw" data-testid="translation-workspace" aria-label={m.translate.workspace(m.languages[view.source.language], m.languages[targetLang])}>
      <header className="tw-head">
        <BackButton
          onBack={() => {
            void segs.flush().then((saved) => saved && onBack());
          }}
        />
        <div className="tw-title">
          <span className="tw-langs">
            {view.source.language.toUpperCase()} → {targetLang.toUpperCase()}
          </span>
          <span className="tw-name">{view.source.title || m.library.untitled}</span>
        </div>
        <TranslationProgress segments={segments} />
        <div className="tw-actions">
          <button type="button" className="button button-small" data-testid="tm-fill" disabled={busy} onClick={() => void fill()}>
            {m.translate.fill}
          </button>
          <button type="button" className="button button-small" data-testid="qa-run" disabled={busy} onClick={() => void check()}>
            <Icon name="check" size={15} />
            {m.translate.runQa}
          </button>
          <button type="button" className="button button-small" data-testid="termbase-open" onClick={() => setTermbaseOpen(true)}>
            {m.translate.termbase}
          </button>
          <ActionMenu
            label={m.translate.files}
            icon="file"
            testId="tw-files"
            busy={busy}
            actions={[
              {
                id: 'xliff-export',
                label: m.translate.exportXliff,
                run: () => void fileAction(async () => notify(m.translate.saved((await api.exportXliff({ targetId })).path), 'info')),
              },
              {
                id: 'xliff12-export',
                label: m.translate.exportXliff12,
                run: () => void fileAction(async () => notify(m.translate.saved((await api.exportXliff({ targetId, version: '1.2' })).path), 'info')),
              },
              { id: 'xliff-import', label: m.translate.importXliff, run: () => void importXliff() },
              {
                id: 'tmx-export',
                label: m.translate.exportTmx,
                run: () => void fileAction(async () => notify(m.translate.saved((await api.exportTmx({})).path), 'info')),
              },
              { id: 'tmx-import', label: m.translate.importTmx, run: () => void importTmx() },
            ]}
          />
          <ActionMenu
            label={busy ? m.export.working : m.export.menu}
            icon="export"
            testId="tw-export"
            busy={busy}
            actions={EXPORT_FORMATS.map((format) => ({ id: `tw-export-${format}`, label: m.export[format], run: () => void exportAs(format) }))}
          />
        </div>
      </header>
      {issues !== null && (
        <div className="tw-qa" aria-label={m.translate.issues}>
          <div className="tw-qa-head">
            <strong>{m.translate.issues}</strong>
            <button type="button" className="icon-button" aria-label={m.dialog.close} onClick={() => setIssues(null)}>
              <Icon name="close" size={14} />
            </button>
          </div>
          <IssueList issues={issues} segments={segments} onPick={goTo} />
        </div>
      )}
      <div className="tw-body">
        <ol className="segments" aria-label={m.translate.target}>
          {segments.map((segment, index) => (
            <SegmentRow
              key={segment.id}
              segment={segment}
              index={index}
              text={segs.textOf(segment)}
              active={index === active}
              issueCount={(issues ?? []).filter((issue) => issue.segmentId === segment.id).length}
              textareaRef={(el) => {
                if (el) inputs.current.set(segment.id, el);
                else inputs.current.delete(segment.id);
              }}
              onFocus={() => setActive(index)}
              onBlur={() => void segs.saveDraft(segment.id)}
              onChange={(text) => segs.setText(segment.id, text)}
              onKeyDown={(event) => onKey(index, segment, event)}
              onConfirm={(reviewed) => confirm(index, segment, reviewed)}
              onNext={() => goTo(index + 1)}
            />
          ))}
        </ol>
        <SegmentHelp
          target={targetLang}
          loaded={help.loaded}
          matches={help.matches}
          terms={help.terms}
          issues={segmentIssues}
          onMatch={help.insertMatch}
          onTerm={help.insertTerm}
        />
      </div>
      {blocked && (
        <ExportBlockedDialog
          errors={blocked.errors}
          segments={segments}
          onPick={(index) => {
            setBlocked(null);
            goTo(index);
          }}
          onOverride={() => void exportAs(blocked.format, true)}
          onClose={() => setBlocked(null)}
        />
      )}
      {termbaseOpen && <TermbaseDialog onClose={() => setTermbaseOpen(false)} />}
    </section>
  );
}

function BackButton({ onBack }: { onBack(): void }) {
  const { m } = useI18n();
  return (
    <button type="button" className="button button-small button-quiet" data-testid="tw-back" onClick={onBack}>
      <Icon name="back" size={15} />
      {m.translate.back}
    </button>
  );
}
