// The frame of a registry page: back to where the officer came from, the page's title and its
// actions, and the scrolling content under them.
import type { ReactNode } from 'react';
import type { EntityKind } from '../../core/registry/types';
import { useI18n } from '../i18n/I18n';
import { useTagging } from '../tagging/TaggingContext';
import { Icon } from '../ui/Icon';

interface Props {
  title: string;
  kind?: EntityKind;
  badge?: string | null;
  actions?: ReactNode;
  children?: ReactNode;
}

export function PageHead({ title, kind, badge, actions, children }: Props) {
  const { m } = useI18n();
  const { back } = useTagging();
  return (
    <>
      <header className="entity-head">
        <button type="button" className="button button-quiet button-small" data-testid="page-back" onClick={back}>
          <Icon name="back" size={16} />
          {m.tagging.back}
        </button>
        <div className="entity-head-title">
          {kind && <span className={`entity-kind chip-${kind}`}>{m.tagging.kinds[kind]}</span>}
          <h1 className="entity-heading">{title}</h1>
          {badge && <span className="badge badge-archived">{badge}</span>}
        </div>
        <div className="entity-actions">{actions}</div>
      </header>
      <div className="entity-scroll">{children}</div>
    </>
  );
}
