// In the library: a source's versions as small badges with their progress, and a version marked as one.
import type { ReleaseSummary } from '../../core/api';
import { useI18n } from '../i18n/I18n';
import { VersionLabel } from './VersionsBar';

export function VersionBadges({ item }: { item: ReleaseSummary }) {
  const { m } = useI18n();
  if (item.translationOf !== null) {
    return (
      <span className="version-badge version-badge-of" data-testid="version-mark" title={m.translate.versionBadge}>
        ↳ {m.translate.versionBadge}
      </span>
    );
  }
  return (
    <>
      {item.versions.map((version) => (
        <span
          key={version.id}
          className={version.outdated ? 'version-badge version-badge-outdated' : 'version-badge'}
          data-testid="version-badge"
          title={m.translate.versionChip(m.languages[version.language], version.done, version.total, version.outdated)}
        >
          <VersionLabel version={version} />
        </span>
      ))}
    </>
  );
}
