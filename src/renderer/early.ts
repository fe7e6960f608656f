// Runs before the app's own script (see index.html): starts the first questions to main while
// the app's code loads. Kept tiny on purpose: it imports nothing but the IPC client.
import { askEarly } from './lib/early-asks'
import { isCaptureRoute } from './features/register/capture-route'

// The capture window shows only its form: it never lists the replies.
askEarly({ replies: !isCaptureRoute() })
