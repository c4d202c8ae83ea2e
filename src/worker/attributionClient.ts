import type { Attribution } from '../engine/attribution';
import type { AttributionReply, AttributionRequest } from './attributionProtocol';

type Ask = Omit<AttributionRequest, 'seq'>;
type Listener = (reply: AttributionReply) => void;

/**
 * The page's one attribution worker, shared by every client (the card, a slide, an export):
 * a slide passed through quickly must not start a worker and terminate it while its script
 * is still loading. Sequence numbers are unique across clients, so each reads only its replies.
 */
let shared: Worker | null = null;
let lastSeq = 0;

const createWorker = () =>
  new Worker(new URL('./attribution.worker.ts', import.meta.url), { type: 'module', name: 'attribution' });

/**
 * One attribution in flight and one pending, latest wins (as the engine client does): a drag
 * that moves the scenario ten times asks for at most two attributions. The shared worker
 * starts on the first request; a crash answers the request with an error and the next request
 * starts a fresh worker.
 */
export class AttributionClient {
  /** The shared worker this client listens to, and how to stop listening. */
  private worker: Worker | null = null;
  private detach: (() => void) | null = null;
  private inFlight: number | null = null;
  private pending: AttributionRequest | null = null;

  constructor(private readonly onReply: Listener) {}

  request(ask: Ask): number {
    const req = { ...ask, seq: ++lastSeq };
    if (this.inFlight !== null) this.pending = req;
    else this.start(req);
    return req.seq;
  }

  dispose(): void {
    this.detach?.();
    this.detach = null;
    this.worker = null;
    this.pending = null;
  }

  private start(req: AttributionRequest): void {
    this.inFlight = req.seq;
    this.ensureWorker().postMessage(req);
  }

  private ensureWorker(): Worker {
    if (this.worker && this.worker === shared) return this.worker;
    this.detach?.();
    const w = (shared ??= createWorker());
    const onMessage = (e: MessageEvent<AttributionReply>) => this.finish(e.data);
    const onError = () => {
      if (shared === w) {
        w.terminate();
        shared = null;
      }
      this.finish({ seq: this.inFlight ?? lastSeq, ok: false, error: 'The attribution worker stopped' });
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    this.detach = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    this.worker = w;
    return w;
  }

  private finish(reply: AttributionReply): void {
    if (reply.seq !== this.inFlight) return;
    this.inFlight = null;
    const next = this.pending;
    this.pending = null; // emptied before the next run starts, so nothing runs twice
    if (next) this.start(next);
    else this.onReply(reply); // only the answer to the latest question reaches the page
  }
}

/** One attribution, asked of the shared worker by a client that stops listening when it answers (an export needs one). */
export function attributeOnce(ask: Ask): Promise<Attribution> {
  return new Promise((resolve, reject) => {
    const client = new AttributionClient((reply) => {
      client.dispose();
      if (reply.ok) resolve(reply.attribution);
      else reject(new Error(reply.error));
    });
    client.request(ask);
  });
}
