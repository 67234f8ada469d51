// Who else has a release open right now (team mode): their initials in their colours on its row.
import { useI18n } from '../i18n/I18n';
import { useSharedDocName } from './doc-name';
import { useTeam, useTeamLive } from './TeamContext';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return (parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : name.slice(0, 2)).toLocaleUpperCase();
}

export function PresenceBadges({ releaseId }: { releaseId: number }) {
  const { m } = useI18n();
  const { connection } = useTeam();
  const { presence } = useTeamLive();
  const docName = useSharedDocName(releaseId, connection !== null);
  const users = docName ? presence.get(docName) : undefined;
  if (!users?.length) return null;
  const names = users.map((user) => user.name);
  return (
    <span className="presence" data-testid="presence" data-users={names.join(',')} role="img" aria-label={m.team.editing(names)} title={m.team.editing(names)}>
      {users.map((user) => (
        <span key={user.name} className="presence-badge" style={{ background: user.color }} aria-hidden="true">
          {initials(user.name)}
        </span>
      ))}
    </span>
  );
}
