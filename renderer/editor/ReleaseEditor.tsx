// The open release: its fields, the body editor and the status bar. Mounted once per session
// (keyed by it), so undo history never reaches into another release or an older version.
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type CSSProperties } from 'react';
import type { Release } from '../../core/api';
import { countChars, countWords } from '../../core/text-stats';
import { ExportMenu } from '../export/ExportMenu';
import { VersionsBar } from '../translate/VersionsBar';
import { ImportReview } from '../import/ImportReview';
import { useI18n } from '../i18n/I18n';
import { bodyExtensions } from './body-extensions';
import type { DraftSession } from './draft-session';
import { MetaFields } from './MetaFields';
import { pasteHtml } from './paste';
import { SaveBar } from './SaveBar';
import { TagsPanel } from '../tagging/TagsPanel';
import { CommentsPanel } from '../signoff/CommentsPanel';
import { SignoffBar } from '../signoff/SignoffBar';
import { Toolbar } from './Toolbar';

interface Props {
  session: DraftSession;
  /** A brand-new release: put the cursor in its title. */
  fresh: boolean;
  onLoadLatest(): void;
  onKeepCopy(): void;
  /** The body was replaced on the host (an import cleaned again): show the release as it now is. */
  onReplaced(release: Release): void;
}

const STATS_DELAY_MS = 150;

function bodyStats(editor: Editor) {
  return {
    words: countWords(editor.getText({ blockSeparator: '\n' })),
    // Paragraph breaks are not characters anyone counts.
    chars: countChars(editor.getText({ blockSeparator: '' })),
  };
}

export function ReleaseEditor({ session, fresh, onLoadLatest, onKeepCopy, onReplaced }: Props) {
  const { m } = useI18n();
  const { meta, state } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [stats, setStats] = useState({ words: 0, chars: 0 });
  const statsTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const leadRef = useRef<HTMLTextAreaElement>(null);

  // useEditor compares its options by reference on every render and re-applies changed ones, so
  // they must stay the same objects: the first body only, attributes only per UI language.
  const [initialBody] = useState(() => session.fields().body);
  const editorProps = useMemo(
    () => ({
      attributes: { spellcheck: 'true', role: 'textbox', 'aria-multiline': 'true', 'aria-label': m.editor.body },
      handlePaste: pasteHtml,
    }),
    [m],
  );
  const editor = useEditor({
    extensions: bodyExtensions,
    content: initialBody,
    editorProps,
    onCreate: ({ editor: created }) => setStats(bodyStats(created)),
    onUpdate: ({ editor: updated }) => {
      session.setBody(updated.state.doc);
      // Counting a long text on every keystroke would make typing sluggish.
      clearTimeout(statsTimer.current);
      statsTimer.current = setTimeout(() => setStats(bodyStats(updated)), STATS_DELAY_MS);
    },
  });

  useEffect(() => () => clearTimeout(statsTimer.current), []);

  useEffect(() => {
    if (fresh) titleRef.current?.focus();
  }, [fresh]);

  return (
    <section className="editor" data-testid="editor" aria-label={meta.title || m.library.untitled}>
      {editor && <Toolbar editor={editor} end={
            <>
              <VersionsBar session={session} language={meta.language} />
              <ExportMenu session={session} />
            </>
          } />}
      <SignoffBar session={session} />
      <div className="editor-scroll">
        <article className="page" lang={meta.language}>
          <ImportReview session={session} onReplaced={onReplaced} />
          <MetaFields meta={meta} session={session} />
          {/* A textarea, not an input: long Azerbaijani titles wrap and stay readable. It still holds one line. */}
          <textarea
            ref={titleRef}
            data-testid="field-title"
            className="title-input"
            rows={1}
            maxLength={500}
            placeholder={m.editor.titlePlaceholder}
            aria-label={m.editor.title}
            value={meta.title}
            onChange={(e) => session.setMeta({ title: e.target.value.replace(/\s*[\r\n]+\s*/g, ' ') })}
            onKeyDown={(e) => {
              // Enter moves on to the lead, as in a form filled top to bottom.
              if (e.key === 'Enter') {
                e.preventDefault();
                leadRef.current?.focus();
              }
            }}
          />
          <textarea
            ref={leadRef}
            data-testid="field-lead"
            className="lead-input"
            rows={1}
            maxLength={5000}
            placeholder={m.editor.leadPlaceholder}
            aria-label={m.editor.lead}
            value={meta.lead}
            onChange={(e) => session.setMeta({ lead: e.target.value })}
          />
          <div
            data-testid="editor-body"
            className="editor-body"
            style={{ '--placeholder': JSON.stringify(m.editor.bodyPlaceholder) } as CSSProperties}
          >
            <EditorContent editor={editor} />
          </div>
        </article>
        {editor && <TagsPanel editor={editor} session={session} />}
        {editor && <CommentsPanel editor={editor} session={session} />}
      </div>
      <SaveBar state={state} words={stats.words} chars={stats.chars} onLoadLatest={onLoadLatest} onKeepCopy={onKeepCopy} />
    </section>
  );
}
