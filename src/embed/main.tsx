import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { registerServiceWorker } from '../offline/register';
import { EmbedApp } from './EmbedApp';
import { parseEmbed } from './parse';
import '../styles.css';
import './embed.css';

// One chart of one scenario for an article's <iframe>: no panel, no header, no worker.
const request = parseEmbed(window.location.search, import.meta.env.BASE_URL);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <EmbedApp request={request} />
    </QueryClientProvider>
  </StrictMode>,
);

if (import.meta.env.PROD) void registerServiceWorker();
