// Keeps one broken panel from blanking the whole window, and tells the agent what to do.
import { Component, type ReactNode } from 'react'
import { Alert, Button } from 'antd'
import { i18n } from '../../i18n'

/** `resetKey`: when it changes, a shown error gives way to a fresh try of the children. */
type Props = { children: ReactNode; resetKey?: unknown }
type State = { error: Error | null }

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error): void {
    console.error('[renderer] panel crashed', error)
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null })
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    // An Alert, not antd's Result: Result carries its large status illustrations into the first screen's code.
    return (
      <Alert
        type="warning"
        showIcon
        style={{ margin: 24 }}
        title={i18n.t('errors.boundaryTitle')}
        description={
          <>
            <p>{i18n.t('errors.boundaryBody')}</p>
            <Button type="primary" onClick={() => this.setState({ error: null })}>
              {i18n.t('errors.boundaryRetry')}
            </Button>
          </>
        }
      />
    )
  }
}
