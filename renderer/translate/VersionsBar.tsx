// The editor's line about translation: for a release, "Translate → English / Русский" and its
// versions with their progress, each opening the workspace; for a version, what it translates,
// with a way back to it and into the workspace.
import { LANGUAGES, type Language, type VersionState } from '../../core/api';
import { api } from '../api-client';
import type { DraftSession } from '../editor/draft-session';
import { LANGUAGE_ENDONYMS, useI18n } from '../i18n/I18n';
import { useTagging } from '../tagging/TaggingContext';
import { useNotify } from '../ui/Notices';
import { ActionMenu } from '../ui/ActionMenu';
import { useLoad } from '../ui/useLoad';
import { failure } from '../i18n/errors';
import { useTranslation } from './TranslationContext';

interface Links {
  source: { id: number; title: string } | null;
  versions: VersionState[];
}

export function VersionsBar({ session, language }: { session: DraftSession; language: Language }) {
  const { m } = useI18n();
  const notify = useNotify();
  const { open } = useTranslation();
  const { openRelease } = useTagging();
  // Progress made in the workspace (or another window) shows on the chips.
  const loaded = useLoad(
    async (): Promise<Links> => {
      const { sourceId, versions } = await api.listVersions({ id: session.id });
      const source = sourceId === null ? null : { id: sourceId, title: (await api.getRelease({ id: sourceId })).title };
      return { source, versions };
    },
    [session.id],
    { reloadOn: (event) => event.type === 'translation-changed' && (event.sourceId === session.id || event.targetId === session.id) },
  );
  const links = loaded.error === null ? (loaded.value ?? null) : null;

  const openWorkspace = async (versionId: number) => {
    if (!(await session.flush())) return notify(m.save.cannotSwitch);
    open(versionId);
  };

  const translate = async (target: Language) => {
    try {
      if (!(await session.flush())) return notify(m.save.cannotSwitch);
      const version = await api.translateRelease({ id: session.id, language: target });
      open(version.id);
    } catch (error) {
      notify(failure(m, m.translate.failures.translate, error));
    }
  };

  if (!links) return null;
  if (links.source) {
    return (
      <div className="versions-bar" data-testid="version-of">
        <span>{m.translate.versionOf}</span>
        <button type="button" className="link-button" title={m.translate.openSource} onClick={() => openRelease(links.source!.id)}>
          «{links.source.title || m.library.untitled}»
        </button>
        <button type="button" className="button button-small" data-testid="open-workspace" onClick={() => void openWorkspace(session.id)}>
          {m.translate.openWorkspace}
        </button>
      </div>
    );
  }
  return (
    <div className="versions-bar">
      {links.versions.map((version) => (
        <button
          key={version.id}
          type="button"
          className={version.outdated ? 'version-chip version-chip-outdated' : 'version-chip'}
          data-testid="version-chip"
          data-language={version.language}
          title={`${m.translate.versionChip(m.languages[version.language], version.done, version.total, version.outdated)}. ${m.translate.openWorkspace}`}
          onClick={() => void openWorkspace(version.id)}
        >
          <VersionLabel version={version} />
        </button>
      ))}
      <ActionMenu
        label={m.translate.translate}
        icon="chevronDown"
        testId="translate-menu"
        actions={LANGUAGES.filter((lang) => lang !== language).map((lang) => ({
          id: `translate-${lang}`,
          label: `→ ${LANGUAGE_ENDONYMS[lang]}`,
          run: () => void translate(lang),
        }))}
      />
    </div>
  );
}

/** "EN 12/20", with "⚠2" when two segments are outdated. */
export function VersionLabel({ version }: { version: VersionState }) {
  return (
    <>
      <strong>{version.language.toUpperCase()}</strong> {version.done}/{version.total}
      {version.outdated > 0 && <span className="version-outdated"> ⚠{version.outdated}</span>}
    </>
  );
}
