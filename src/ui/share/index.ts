/** Sharing: copy the link to this view, and hide controls for a class. */
export { ShareButton } from './ShareButton';
export { HideControls } from './HideControls';
