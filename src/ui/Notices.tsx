/** What the link's values were clamped or replaced with (role="status"), dismissible. */
import { dismissNotices } from '../state/store';
import { useApp } from './hooks/useApp';

export function Notices() {
  const notices = useApp((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      <p>Some settings in this link were adjusted:</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n.message}</li>
        ))}
      </ul>
      <button type="button" onClick={dismissNotices}>
        Dismiss
      </button>
    </div>
  );
}
