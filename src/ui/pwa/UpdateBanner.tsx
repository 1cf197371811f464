/**
 * "A new version of Padlab is ready — Reload": a small non-modal banner at the
 * bottom of the screen. It never takes focus (role="status" announces it), so a
 * teacher mid-explanation is not interrupted; Reload hands over to the new
 * service worker, which reloads the page with the same URL (and configuration).
 */
interface UpdateBannerProps {
  readonly onReload: () => void;
  readonly onDismiss: () => void;
}

export function UpdateBanner({ onReload, onDismiss }: UpdateBannerProps) {
  return (
    <aside className="pwa-update" aria-label="Update">
      <p role="status" data-testid="pwa-update">
        A new version of Padlab is ready —{' '}
        <button type="button" className="pwa-update-reload" onClick={onReload}>
          Reload
        </button>
      </p>
      <button type="button" className="pwa-update-dismiss" aria-label="Not now" onClick={onDismiss}>
        ×
      </button>
    </aside>
  );
}
