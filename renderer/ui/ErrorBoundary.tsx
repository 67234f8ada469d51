// Keeps a crash in one pane from blanking the whole window: the pane shows what happened and
// can be tried again, while the rest of the app (and the autosave) keeps working.
import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { I18nContext } from '../i18n/I18n';
import { Icon } from './Icon';

interface Props {
  children: ReactNode;
  /** Changing it clears the error, e.g. when another release is opened. */
  resetKey?: unknown;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  static override contextType = I18nContext;
  declare context: ContextType<typeof I18nContext>;
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Pressdesk pane crashed', error, info.componentStack);
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const { m } = this.context;
    return (
      <div className="crash" role="alert" data-testid="error-boundary">
        <Icon name="alert" size={28} />
        <h2>{m.boundary.title}</h2>
        <p>{m.boundary.text}</p>
        <code className="crash-detail">{this.state.error.message}</code>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          {m.boundary.retry}
        </button>
      </div>
    );
  }
}
