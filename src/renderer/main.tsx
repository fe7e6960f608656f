import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { askStartupStateEarly, StartupGate } from './features/startup/StartupGate'
import './global.css'
import { initI18n } from './i18n'

initI18n()
const root = document.getElementById('root')
if (root) {
  askStartupStateEarly()
  createRoot(root).render(
    <StrictMode>
      <StartupGate>
        <App />
      </StartupGate>
    </StrictMode>,
  )
}
