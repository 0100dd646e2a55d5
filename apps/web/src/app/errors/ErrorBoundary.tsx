import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorResult } from './ErrorResult';

interface State {
  error: Error | null;
}

/** Last line of defence for errors outside the router (providers, the router itself). */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Uncaught error in the UI', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <ErrorResult error={this.state.error} fullPage /> : this.props.children;
  }
}
