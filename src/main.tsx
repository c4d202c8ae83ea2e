// Placeholder entry so the build works until the UI engineer's main.tsx lands; it will be
// overwritten. Keep the service worker registration when replacing it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './offline/register';

function App() {
  return (
    <main>
      <h1>Decoupling Dashboard</h1>
      <p>Can OpenAI pay for its own inference as it decouples from Microsoft?</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

if (import.meta.env.PROD) void registerServiceWorker();
