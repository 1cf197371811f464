/** A render error anywhere shows a message and a way back, never a blank page. */
import { Component, type ReactNode } from 'react';

interface State {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="crash">
        <h2>Something went wrong drawing this view.</h2>
        <p>{this.state.error.message}</p>
        <p>
          <a href="./">Reset to defaults</a>
        </p>
      </div>
    );
  }
}
