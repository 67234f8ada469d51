// The top bar's word on the shared library: "Connect to the office" when working alone; in team
// mode the signed-in user and whether the office is reached (online, offline, reconnecting).
import { useI18n } from '../i18n/I18n';
import { useTeam, useTeamLive } from './TeamContext';

export function TeamLink({ onConnect }: { onConnect(): void }) {
  const { m } = useI18n();
  const { status } = useTeam();
  const { link, denied } = useTeamLive();
  if (status.mode === 'solo' || !link) {
    return (
      <button type="button" className="button button-quiet" data-testid="team-connect" onClick={onConnect}>
        {m.team.connect}
      </button>
    );
  }
  const { user } = status;
  // The relay refused this page's key (a host restarted under it): only a reload brings a new one.
  const shown = denied ? 'offline' : link;
  return (
    <span
      className={`team-link team-link-${shown}`}
      data-testid="team-link"
      data-link={shown}
      role="status"
      title={denied ? m.team.refused : m.team.linkHint[shown]}
    >
      <span className="team-dot" aria-hidden="true" style={{ background: user.color }} />
      <span className="team-user">{user.name}</span>
      <span className="team-state">{m.team.link[shown]}</span>
    </span>
  );
}
