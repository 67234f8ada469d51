// Review remarks beside the text: open threads first, each with who raised it, on which words and
// the replies; a remark is added on the selected words, answered and resolved in place. They live
// in the comments table and as `comment` marks in the body, which no export prints.
import type { Editor } from '@tiptap/react';
import { memo } from 'react';
import type { ReleaseComment } from '../../core/api';
import { api } from '../api-client';
import type { DraftSession } from '../editor/draft-session';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import { formatDateTime } from '../i18n/format';
import { useDialogs } from '../ui/Dialogs';
import { useNotify } from '../ui/Notices';
import { useLoad } from '../ui/useLoad';

// Memoised like the tags panel: the window's redraws after a save leave the remarks as they are.
export const CommentsPanel = memo(function CommentsPanel({ editor, session }: { editor: Editor; session: DraftSession }) {
  const { m } = useI18n();
  const notify = useNotify();
  const dialogs = useDialogs();
  const loaded = useLoad(() => api.listComments({ releaseId: session.id }), [session], {
    onError: (error) => notify(failure(m, m.comments.failed, error)),
  });
  const comments = loaded.value ?? [];
  const setComments = (change: (all: ReleaseComment[]) => ReleaseComment[]) => loaded.set((all = []) => change(all));

  const add = async () => {
    const { from, to, empty } = editor.state.selection;
    if (empty) return notify(m.comments.selectFirst, 'info');
    const quote = editor.state.doc.textBetween(from, to, ' ');
    const answer = await dialogs.prompt({ title: m.comments.addTitle, label: m.comments.addLabel, value: '', ok: m.comments.addOk });
    if (!answer || !('value' in answer) || !answer.value.trim()) return void editor.commands.focus();
    try {
      const comment = await api.addComment({ releaseId: session.id, text: answer.value, quote: quote.slice(0, 2000) });
      // The mark goes on the words the officer selected, even if the dialog moved the focus.
      editor.chain().focus().setTextSelection({ from, to }).setMark('comment', { id: comment.id }).run();
      setComments((all) => [...all, comment]);
    } catch (error) {
      notify(failure(m, m.comments.failed, error));
    }
  };

  const reply = async (thread: ReleaseComment) => {
    const answer = await dialogs.prompt({ title: m.comments.replyTitle, label: m.comments.addLabel, value: '', ok: m.comments.replyOk });
    if (!answer || !('value' in answer) || !answer.value.trim()) return;
    try {
      const added = await api.addComment({ releaseId: session.id, text: answer.value, replyTo: thread.id });
      setComments((all) => [...all, added]);
    } catch (error) {
      notify(failure(m, m.comments.failed, error));
    }
  };

  const resolve = async (comment: ReleaseComment) => {
    try {
      const changed = await api.resolveComment({ id: comment.id, resolved: comment.resolvedAt === null });
      setComments((all) => all.map((c) => (c.id === changed.id ? changed : c)));
    } catch (error) {
      notify(failure(m, m.comments.failed, error));
    }
  };

  const threads = comments.filter((c) => c.replyTo === null);
  const ordered = [...threads.filter((c) => c.resolvedAt === null), ...threads.filter((c) => c.resolvedAt !== null)];
  const byLine = (comment: ReleaseComment) => m.comments.byOn(comment.author || m.signoff.nobody, formatDateTime(m, comment.createdAt));
  return (
    <aside className="comments" data-testid="comments-panel" aria-label={m.comments.title}>
      <header className="comments-head">
        <h2>{m.comments.title}</h2>
        <button type="button" className="button button-small" data-testid="comment-add" onMouseDown={(e) => e.preventDefault()} onClick={() => void add()}>
          {m.comments.add}
        </button>
      </header>
      {ordered.length === 0 && <p className="comments-empty">{m.comments.empty}</p>}
      <ul className="comment-list">
        {ordered.map((comment) => (
          <li
            key={comment.id}
            className={comment.resolvedAt === null ? 'comment' : 'comment comment-resolved'}
            data-testid="comment-item"
            data-resolved={comment.resolvedAt !== null}
          >
            {comment.quote && <q className="comment-quote">{comment.quote}</q>}
            <p className="comment-text">{comment.text}</p>
            <p className="comment-meta">
              {byLine(comment)}
              {comment.resolvedAt !== null && ` · ${m.comments.resolved}`}
            </p>
            {comments
              .filter((c) => c.replyTo === comment.id)
              .map((answer) => (
                <div key={answer.id} className="comment-reply" data-testid="comment-reply">
                  <p className="comment-text">{answer.text}</p>
                  <p className="comment-meta">{byLine(answer)}</p>
                </div>
              ))}
            {comment.resolvedAt === null && (
              <button type="button" className="button button-small button-quiet" data-testid="comment-reply-button" onClick={() => void reply(comment)}>
                {m.comments.reply}
              </button>
            )}
            <button type="button" className="button button-small button-quiet" data-testid="comment-resolve" onClick={() => void resolve(comment)}>
              {comment.resolvedAt === null ? m.comments.resolve : m.comments.reopen}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
});
