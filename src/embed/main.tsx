import '../styles.css'; // the base sheet first: components' sheets (imported below) refine it, in dev as in the build
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { registerServiceWorker } from '../offline/register';
import { EmbedApp } from './EmbedApp';
import { parseEmbed, type EmbedRequest } from './parse';
import { CURRENT_RECORD } from '../registry/records';
import './embed.css';

// One chart of one scenario for an article's <iframe>: no panel, no header, no worker. A link on a
// past record (one without rec= included) is drawn once that release has loaded, on its defaults,
// as the dashboard draws it; a release that cannot load leaves it on the current record.
const search = window.location.search;
const first = parseEmbed(search, import.meta.env.BASE_URL);
const onRecord: Promise<EmbedRequest> =
  first.ok && first.scenario.record !== CURRENT_RECORD
    ? import('../registry/loadRelease')
        .then((m) => m.loadRelease(first.scenario.record))
        .then(
          (release) => parseEmbed(search, import.meta.env.BASE_URL, release.params),
          () => first,
        )
    : Promise.resolve(first);
void onRecord.then((request) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <EmbedApp request={request} />
      </QueryClientProvider>
    </StrictMode>,
  ),
);

if (import.meta.env.PROD) void registerServiceWorker();
