/**
 * A render error anywhere shows a message and a way back, never a blank page.
 *
 * Two sizes: the one around the whole view (no `panel`), and one around each
 * panel (`panel="the step-through"`), so a bug in one panel leaves the others,
 * the controls and the URL working. A panel retries by itself when `resetKey`
 * changes (the configuration did), or with its "Try again" button.
 */
import { Component, type ReactNode } from 'react';
import { onResetKey, type BoundaryState } from './boundaryState';

interface Props {
  readonly children: ReactNode;
  /** What failed, for the message: "the grids". Absent for the whole-view boundary. */
  readonly panel?: string;
  /** Any value; when it changes after an error, the children are drawn again. */
  readonly resetKey?: unknown;
}

type State = BoundaryState;

/**
 * Shows a failed subtree's message with "Try again" and "Reset to defaults".
 * React 19 already logs a caught error with its component stack to the
 * console (for a bug report), so this boundary does not log it again.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, drawnKey: undefined };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return onResetKey(props.resetKey, state);
  }

  private readonly retry = () => this.setState({ error: null });

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { panel } = this.props;
    return (
      <div role="alert" className={panel ? 'crash crash-panel' : 'crash'} data-testid="crash">
        <h2>{panel ? `Something went wrong drawing ${panel}.` : 'Something went wrong drawing this view.'}</h2>
        <p className="crash-message">{error.message || error.name}</p>
        {panel ? <p>The rest of the page still works; changing the configuration tries this panel again.</p> : null}
        <p className="crash-actions">
          <button type="button" onClick={this.retry}>
            Try again
          </button>
          <a href="./">Reset to defaults</a>
        </p>
      </div>
    );
  }
}
