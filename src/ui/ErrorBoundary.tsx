/**
 * A render error anywhere shows a message and a way back, never a blank page.
 *
 * Two sizes: the one around the whole view (no `panel`), and one around each
 * panel (`panel="the step-through"`), so a bug in one panel leaves the others,
 * the controls and the URL working. A panel retries by itself when `resetKey`
 * changes (the configuration did), or with its "Try again" button.
 */
import { Component, createRef, type ReactNode } from 'react';
import { onResetKey, type BoundaryState } from './boundaryState';

interface Props {
  readonly children: ReactNode;
  /** What failed, for the message: "the grids". Absent for the whole-view boundary. */
  readonly panel?: string;
  /** Any value; when it changes after an error, the children are drawn again. */
  readonly resetKey?: unknown;
}

type State = BoundaryState;

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

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

  /** A hidden marker just before the children: where focus goes back to after "Try again". */
  private readonly marker = createRef<HTMLSpanElement>();
  private readonly retryButton = createRef<HTMLButtonElement>();
  /** True from a "Try again" click until the retry has settled (a panel may fail in an effect, after its commit). */
  private retrying = false;
  private panelFocused = false;

  private readonly retry = () => {
    this.retrying = true;
    this.panelFocused = false;
    // Effects of the redrawn panel run right after its commit; a failure there lands well within this.
    window.setTimeout(() => (this.retrying = false), 250);
    this.setState({ error: null });
  };

  /**
   * "Try again" unmounts itself: without this, keyboard focus would fall to the
   * page's start. It goes to the first control of the redrawn panel, or to the
   * new "Try again" when the panel failed again (in its render or its effects).
   */
  override componentDidUpdate(): void {
    if (!this.retrying) return;
    if (this.state.error) {
      this.retryButton.current?.focus();
      return;
    }
    // Once: a later update in the window (a tfjs result coming in) must not pull focus back.
    if (this.panelFocused) return;
    this.panelFocused = true;
    const panel = this.marker.current?.nextElementSibling;
    const target = panel?.matches(FOCUSABLE) ? panel : panel?.querySelector(FOCUSABLE);
    if (target instanceof HTMLElement) target.focus();
  }

  override render() {
    const { error } = this.state;
    if (!error) {
      return (
        <>
          <span ref={this.marker} hidden />
          {this.props.children}
        </>
      );
    }
    const { panel } = this.props;
    return (
      <div role="alert" className={panel ? 'crash crash-panel' : 'crash'} data-testid="crash">
        <h2>{panel ? `Something went wrong drawing ${panel}.` : 'Something went wrong drawing this view.'}</h2>
        <p className="crash-message">{error.message || error.name}</p>
        {panel ? <p>The rest of the page still works; changing the configuration tries this panel again.</p> : null}
        <p className="crash-actions">
          <button ref={this.retryButton} type="button" onClick={this.retry}>
            Try again
          </button>
          <a href="./">Reset to defaults</a>
        </p>
      </div>
    );
  }
}
