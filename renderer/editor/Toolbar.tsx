// Formatting for the release body. Buttons show what applies at the cursor; they keep the
// editor's selection (mouse-down does not take focus) so a click formats what was selected.
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState, type Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';
import { Icon, type IconName } from '../ui/Icon';
import { useDialogs } from '../ui/Dialogs';
import { acceptLink } from './link';
import { shortcut, withShortcut } from './shortcut';
import { hasTrackedChanges } from './tracked-in-doc';

/** `end`: actions on the release as a whole (export), set apart at the toolbar's far end. */
export function Toolbar({ editor, end }: { editor: Editor; end?: ReactNode }) {
  const { m } = useI18n();
  const dialogs = useDialogs();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive('paragraph'),
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      tracked: hasTrackedChanges(e.state.doc),
      superscript: e.isActive('superscript'),
      subscript: e.isActive('subscript'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      blockquote: e.isActive('blockquote'),
      inTable: e.isActive('table'),
      // The history's depth, not can().undo(): that builds every command's chain on each keystroke.
      canUndo: undoDepth(e.state) > 0,
      canRedo: redoDepth(e.state) > 0,
    }),
  });
  const chain = () => editor.chain().focus();

  const editLink = async () => {
    const current = (editor.getAttributes('link').href as string | undefined) ?? '';
    const answer = await dialogs.prompt({
      title: m.link.title,
      label: m.link.address,
      value: current,
      ok: m.link.apply,
      extra: current ? m.link.remove : undefined,
      validate: (value) => (value === '' || acceptLink(value) ? null : m.link.invalid),
    });
    if (!answer) return void editor.commands.focus();
    if ('extra' in answer || answer.value === '') return void chain().extendMarkRange('link').unsetLink().run();
    const href = acceptLink(answer.value);
    if (!href) return;
    if (editor.state.selection.empty && !current) {
      chain()
        .insertContent({ type: 'text', text: answer.value, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      chain().extendMarkRange('link').setLink({ href }).run();
    }
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={m.toolbar.label}>
      <Group>
        <ToolButton id="tb-paragraph" label={m.toolbar.paragraph} text="¶" active={state.paragraph} onClick={() => chain().setParagraph().run()} />
        {([1, 2, 3] as const).map((level) => (
          <ToolButton
            key={level}
            id={`tb-h${level}`}
            label={m.toolbar.heading(level)}
            text={`H${level}`}
            active={state[`h${level}`]}
            onClick={() => chain().toggleHeading({ level }).run()}
          />
        ))}
      </Group>
      <Group>
        <ToolButton
          id="tb-bold"
          label={withShortcut(m.toolbar.bold, 'B')}
          text="B"
          className="tb-bold"
          active={state.bold}
          onClick={() => chain().toggleBold().run()}
        />
        <ToolButton
          id="tb-italic"
          label={withShortcut(m.toolbar.italic, 'I')}
          text="I"
          className="tb-italic"
          active={state.italic}
          onClick={() => chain().toggleItalic().run()}
        />
        <ToolButton
          id="tb-underline"
          label={withShortcut(m.toolbar.underline, 'U')}
          text="U"
          className="tb-underline"
          active={state.underline}
          onClick={() => chain().toggleUnderline().run()}
        />
        <ToolButton
          id="tb-strike"
          label={withShortcut(m.toolbar.strike, 'S', true)}
          text="S"
          className="tb-strike"
          active={state.strike}
          onClick={() => chain().toggleStrike().run()}
        />
        <ToolButton id="tb-superscript" label={m.toolbar.superscript} text="x²" active={state.superscript} onClick={() => chain().toggleSuperscript().run()} />
        <ToolButton id="tb-subscript" label={m.toolbar.subscript} text="x₂" active={state.subscript} onClick={() => chain().toggleSubscript().run()} />
      </Group>
      {state.tracked && (
        <Group>
          <ToolButton id="tb-accept-changes" label={m.toolbar.acceptChanges} text="✓" onClick={() => chain().acceptTrackedChanges().run()} />
          <ToolButton id="tb-reject-changes" label={m.toolbar.rejectChanges} text="✗" onClick={() => chain().rejectTrackedChanges().run()} />
        </Group>
      )}
      <Group>
        <ToolButton
          id="tb-bullet-list"
          label={m.toolbar.bulletList}
          icon="bulletList"
          active={state.bulletList}
          onClick={() => chain().toggleBulletList().run()}
        />
        <ToolButton
          id="tb-ordered-list"
          label={m.toolbar.orderedList}
          icon="orderedList"
          active={state.orderedList}
          onClick={() => chain().toggleOrderedList().run()}
        />
        <ToolButton id="tb-blockquote" label={m.toolbar.blockquote} icon="quote" active={state.blockquote} onClick={() => chain().toggleBlockquote().run()} />
        <ToolButton id="tb-link" label={m.toolbar.link} icon="link" active={state.link} onClick={() => void editLink()} />
        <ToolButton
          id="tb-table"
          label={m.toolbar.table}
          icon="table"
          active={state.inTable}
          onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        />
      </Group>
      {state.inTable && (
        <Group>
          <ToolButton id="tb-row-add" label={m.toolbar.addRow} icon="rowAdd" onClick={() => chain().addRowAfter().run()} />
          <ToolButton id="tb-column-add" label={m.toolbar.addColumn} icon="columnAdd" onClick={() => chain().addColumnAfter().run()} />
          <ToolButton id="tb-row-delete" label={m.toolbar.deleteRow} icon="rowDelete" onClick={() => chain().deleteRow().run()} />
          <ToolButton id="tb-column-delete" label={m.toolbar.deleteColumn} icon="columnDelete" onClick={() => chain().deleteColumn().run()} />
          <ToolButton id="tb-table-delete" label={m.toolbar.deleteTable} icon="tableDelete" danger onClick={() => chain().deleteTable().run()} />
        </Group>
      )}
      <Group>
        <ToolButton id="tb-undo" label={`${m.toolbar.undo} (${shortcut('Z')})`} icon="undo" disabled={!state.canUndo} onClick={() => chain().undo().run()} />
        <ToolButton
          id="tb-redo"
          label={`${m.toolbar.redo} (${shortcut('Z', true)})`}
          icon="redo"
          disabled={!state.canRedo}
          onClick={() => chain().redo().run()}
        />
      </Group>
      {end && <div className="toolbar-end">{end}</div>}
    </div>
  );
}

function Group({ children }: { children: ReactNode }) {
  return <div className="toolbar-group">{children}</div>;
}

interface ToolButtonProps {
  id: string;
  label: string;
  onClick(): void;
  icon?: IconName;
  text?: string;
  className?: string;
  active?: boolean;
  disabled?: boolean;
  danger?: boolean;
}

function ToolButton({ id, label, onClick, icon, text, className, active, disabled, danger }: ToolButtonProps) {
  return (
    <button
      type="button"
      data-testid={id}
      className={['tool', className, active && 'tool-active', danger && 'tool-danger'].filter(Boolean).join(' ')}
      aria-label={label}
      title={label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {icon ? <Icon name={icon} /> : <span aria-hidden="true">{text}</span>}
    </button>
  );
}
