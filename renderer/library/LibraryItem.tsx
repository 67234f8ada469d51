// One release in the library or the trash: what it is at a glance, and what can be done with it.
import type { ReleaseSummary } from '../../core/api';
import { useI18n } from '../i18n/I18n';
import { formatDateTime, formatDay } from '../i18n/format';
import { Icon } from '../ui/Icon';
import { VersionBadges } from '../translate/VersionBadges';
import { EmbargoBadges } from '../signoff/EmbargoBadges';
import { IconButton } from '../ui/IconButton';
import { PresenceBadges } from '../team/PresenceBadges';

interface Props {
  item: ReleaseSummary;
  selected: boolean;
  /** The row Tab stops at: the list is one stop, arrows move within it. */
  tabStop: boolean;
  inTrash: boolean;
  /** Ticked or not while releases are picked for an export; null otherwise. */
  checked: boolean | null;
  onCheck(on: boolean): void;
  /** `toText`: opened from the keyboard, so the focus goes on into the text. */
  onOpen(id: number, toText: boolean): void;
  onDuplicate(id: number): void;
  onTrash(id: number): void;
  onRestore(id: number): void;
}

export function LibraryItem({ item, selected, tabStop, inTrash, checked, onCheck, onOpen, onDuplicate, onTrash, onRestore }: Props) {
  const { m } = useI18n();
  const title = item.title.trim() || m.library.untitled;
  const summary = (
    <>
      <span className={item.title.trim() ? 'row-title' : 'row-title row-title-untitled'}>{title}</span>
      <span className="row-meta">
        <span className={`badge badge-${item.status}`}>{m.statuses[item.status]}</span>
        <span>
          {inTrash && item.deletedAt
            ? m.library.deletedOn(formatDateTime(m, item.deletedAt))
            : item.releaseDate
              ? formatDay(m, item.releaseDate)
              : m.library.noDate}
        </span>
        <span className="row-lang" title={m.languages[item.language]}>
          {item.language.toUpperCase()}
        </span>
        <VersionBadges item={item} />
        <EmbargoBadges item={item} />
        <PresenceBadges releaseId={item.id} />
        <span>{m.library.words(item.wordCount)}</span>
      </span>
      {item.snippet && item.snippet.length > 0 && (
        <span className="row-snippet" data-testid="search-snippet">
          {item.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
        </span>
      )}
    </>
  );

  if (checked !== null) {
    return (
      <li className={checked ? 'row row-checked' : 'row'} data-testid="library-item" data-id={item.id}>
        <label className="row-main row-check">
          <input type="checkbox" data-testid="select-item" tabIndex={tabStop ? 0 : -1} checked={checked} onChange={(e) => onCheck(e.target.checked)} />
          <span className="row-check-text">{summary}</span>
        </label>
      </li>
    );
  }

  return (
    <li
      className={['row', selected && 'row-selected', inTrash && 'row-trash'].filter(Boolean).join(' ')}
      data-testid="library-item"
      data-id={item.id}
      aria-current={selected ? 'true' : undefined}
    >
      {inTrash ? (
        <div className="row-main">{summary}</div>
      ) : (
        // A click from the keyboard (Enter, Space) has no pointer detail.
        <button type="button" className="row-main" tabIndex={tabStop ? 0 : -1} onClick={(e) => onOpen(item.id, e.detail === 0)}>
          {summary}
        </button>
      )}
      {inTrash ? (
        <div className="row-actions">
          <button type="button" className="button button-small" data-testid="restore-release" onClick={() => onRestore(item.id)}>
            <Icon name="restore" size={15} />
            {m.library.restore}
          </button>
        </div>
      ) : (
        // Only the open release carries its actions: one set on screen, never a delete button one row off.
        selected && (
          <div className="row-actions">
            <IconButton icon="copy" label={m.library.duplicate} testId="duplicate-release" onClick={() => onDuplicate(item.id)} />
            <IconButton icon="trash" label={m.library.trash} className="icon-button-danger" testId="delete-release" onClick={() => onTrash(item.id)} />
          </div>
        )
      )}
    </li>
  );
}
