// The open release: its fields, the body editor and the status bar. Mounted once per session
// (keyed by it), so undo history never reaches into another release or an older version.
// In team mode the body is bound to the session's shared document (Collaboration on its `body`
// fragment, carets with the users' names) and the editor is mounted once that document has synced.
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type CSSProperties } from 'react';
import type { Release } from '../../core/api';
import { ExportMenu } from '../export/ExportMenu';
import { VersionsBar } from '../translate/VersionsBar';
import { ImportReview } from '../import/ImportReview';
import { useI18n } from '../i18n/I18n';
import { bodyExtensions, soloExtensions } from './body-extensions';
import type { DraftSession } from './draft-session';
import { MetaFields } from './MetaFields';
import { pasteHtml } from './paste';
import { SaveBar } from './SaveBar';
import { TagsPanel } from '../tagging/TagsPanel';
import { CommentsPanel } from '../signoff/CommentsPanel';
import { SignoffBar } from '../signoff/SignoffBar';
import { Toolbar } from './Toolbar';
import { MAX_LEAD_CHARS, MAX_TITLE_CHARS } from '../../core/limits';
import type { TeamUser } from '../team/connection';
import { SharedDoc } from '../team/shared-doc';
import { useTeam } from '../team/TeamContext';
import { ReturnedToReview } from '../team/ReturnedToReview';

interface Props {
  session: DraftSession;
  /** A brand-new release: put the cursor in its title. */
  fresh: boolean;
  /** Non-zero, and new at each request: put the focus at the start of the text. */
  focusText: number;
  onLoadLatest(): void;
  onKeepCopy(): void;
  /** The body was replaced on the host (an import cleaned again): show the release as it now is. */
  onReplaced(release: Release): void;
  /** A sign-off step or embargo change: the library shows status and embargo, so it reloads. */
  onSignoffChanged(): void;
}

/** A change that came in from the shared document (someone else's, or the first sync), not typed here. */
function fromShared(transaction: Transaction): boolean {
  return !!(transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
}

function collaboration(shared: SharedDoc, user: TeamUser) {
  return bodyExtensions([
    Collaboration.configure({ document: shared.doc, field: 'body' }),
    CollaborationCaret.configure({ provider: shared.provider, user: { name: user.name, color: user.color } }),
  ]);
}

export function ReleaseEditor(props: Props) {
  const { m } = useI18n();
  const { connection } = useTeam();
  const shared = props.session.shared instanceof SharedDoc ? props.session.shared : null;
  const [synced, setSynced] = useState(!shared);
  useEffect(() => {
    let current = true;
    void shared?.whenSynced().then(() => current && setSynced(true));
    return () => {
      current = false;
    };
  }, [shared]);
  if (shared && (!synced || !connection)) {
    return (
      <section className="editor editor-connecting" data-testid="editor-connecting" aria-busy="true">
        <p className="empty-hint">{m.team.opening}</p>
      </section>
    );
  }
  return <EditorView {...props} team={shared && connection ? { shared, user: connection.user } : null} />;
}

function EditorView({
  session,
  fresh,
  focusText,
  onLoadLatest,
  onKeepCopy,
  onReplaced,
  onSignoffChanged,
  team,
}: Props & { team: { shared: SharedDoc; user: TeamUser } | null }) {
  const { m } = useI18n();
  // The fields only: a save changing the state redraws the status bar, not the whole release.
  const meta = useSyncExternalStore(session.subscribe, session.getMeta);
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
  const [extensions] = useState(() => (team ? collaboration(team.shared, team.user) : soloExtensions));
  const editor = useEditor({
    extensions,
    // The shared document is the text in team mode: content set here would be merged into it.
    content: team ? undefined : initialBody,
    editorProps,
    onCreate: ({ editor: created }) => session.attachDoc(created.state.doc),
    onUpdate: ({ editor: updated, transaction }) => {
      session.setBody(updated.state.doc);
      if (team && !fromShared(transaction)) team.shared.noteLocalEdit();
    },
  });

  useEffect(() => {
    if (fresh) titleRef.current?.focus();
  }, [fresh]);

  useEffect(() => {
    if (focusText && editor) editor.commands.focus('start', { scrollIntoView: true });
  }, [focusText, editor]);

  return (
    <section className="editor" data-testid="editor" aria-label={meta.title || m.library.untitled}>
      {editor && (
        <Toolbar
          editor={editor}
          end={
            <>
              <VersionsBar session={session} language={meta.language} />
              <ExportMenu session={session} />
            </>
          }
        />
      )}
      <SignoffBar session={session} onChanged={onSignoffChanged} />
      {team && <ReturnedToReview shared={team.shared} onChanged={onSignoffChanged} />}
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
            maxLength={MAX_TITLE_CHARS}
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
            maxLength={MAX_LEAD_CHARS}
            placeholder={m.editor.leadPlaceholder}
            aria-label={m.editor.lead}
            value={meta.lead}
            onChange={(e) => session.setMeta({ lead: e.target.value })}
          />
          <div data-testid="editor-body" className="editor-body" style={{ '--placeholder': JSON.stringify(m.editor.bodyPlaceholder) } as CSSProperties}>
            <EditorContent editor={editor} />
          </div>
        </article>
        {editor && <TagsPanel editor={editor} session={session} />}
        {editor && <CommentsPanel editor={editor} session={session} />}
      </div>
      <SaveBar session={session} editor={editor} onLoadLatest={onLoadLatest} onKeepCopy={onKeepCopy} />
    </section>
  );
}
