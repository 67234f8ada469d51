// In team mode: someone else edited the approved release open here, so it is back in review.
// Said where the sign-off bar is, with who was editing it at that moment.
import { useEffect, useEffectEvent, useState } from 'react';
import { useI18n } from '../i18n/I18n';
import type { SharedDoc } from './shared-doc';
import { useTeamLive } from './TeamContext';

export function ReturnedToReview({ shared, onChanged }: { shared: SharedDoc; onChanged(): void }) {
  const { m } = useI18n();
  const { presence } = useTeamLive();
  const [by, setBy] = useState<string[] | null>(null);
  const editors = (presence.get(shared.name) ?? []).map((user) => user.name);
  const editorsKey = editors.join('\n');

  const changed = useEffectEvent(() => onChanged());
  useEffect(
    () =>
      shared.observeStatus((from, to, local) => {
        if (from === 'approved' && to === 'review' && !local) setBy(editorsKey ? editorsKey.split('\n') : []);
        if (to === 'approved') setBy(null);
        // The library and the sign-off bar show the status as the host now has it.
        changed();
      }),
    [shared, editorsKey],
  );

  if (!by) return null;
  return (
    <div className="team-returned" role="alert" data-testid="returned-to-review">
      <span>{m.team.returnedToReview(by)}</span>
      <button type="button" className="button button-small" onClick={() => setBy(null)}>
        {m.team.dismiss}
      </button>
    </div>
  );
}
