import { useRef, useState } from 'react';
import { useModalDialog } from '../common/useModalDialog';
import { usePick } from '../../store/pick';
import {
  deckToHash,
  deckToJson,
  parseDeck,
  MAX_DECK_CHARS,
  MAX_SLIDES,
  MAX_TITLE_CHARS,
  type Deck,
} from '../../deck/codec';
import { downloadText, slug } from '../../export/download';
import { useDeckStore } from '../../deck/store';
import { copyText } from '../share/clipboard';
import { presenterUrl } from './channel';
import { exampleDeck } from '../../deck/example';
import { SlideRow } from './SlideRow';
import { slideFromScreen } from './slideFromScreen';
import { enterFullscreen } from './fullscreen';
import './deck.css';

/** File.text() where it exists, FileReader elsewhere (older engines, jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Reads a chosen file as text; a file that is too big or unreadable is an error sentence. */
async function readDeckFile(
  file: File,
): Promise<{ ok: true; deck: Deck; problems?: string[] } | { ok: false; error: string }> {
  if (file.size > MAX_DECK_CHARS * 4) return { ok: false, error: `${file.name} is too large to be a deck` };
  let text: string;
  try {
    text = await readText(file);
  } catch {
    return { ok: false, error: `${file.name} could not be read` };
  }
  const read = parseDeck(text);
  return read.ok ? read : { ok: false, error: `${file.name} is not a deck this page can open: ${read.error}` };
}

/**
 * The deck: add the scenario on screen as a slide, edit, reorder, delete; start the show or
 * the presenter view; export and import the deck as a file or a link. A modal panel; Esc closes.
 */
export function DeckEditor() {
  const { deck, storageError } = useDeckStore(usePick((s) => ({ deck: s.deck, storageError: s.storageError })));
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const store = useDeckStore.getState;
  const dialogRef = useModalDialog(() => store().close(), panelRef);

  const addCurrent = () => {
    if (deck.slides.length >= MAX_SLIDES) {
      setMessage({ kind: 'error', text: `A deck holds at most ${MAX_SLIDES} slides.` });
      return;
    }
    const slide = slideFromScreen();
    store().addSlide(slide);
    setMessage({
      kind: 'info',
      text: `Added “${slide.title}” as slide ${deck.slides.length + 1}${slide.baseline ? ', with the pinned baseline as its ghost' : ''}.`,
    });
  };
  const loadExample = () => {
    store().setDeck(exampleDeck());
    setConfirmReplace(false);
    setMessage({ kind: 'info', text: 'Loaded the example deck “The Great Decoupling in five scenarios”.' });
  };
  const present = (index = 0) => {
    enterFullscreen();
    store().startShow(index);
  };
  const openPresenter = () => {
    const w = window.open(presenterUrl(), 'decoupling-presenter', 'popup,width=1100,height=720');
    if (!w)
      setMessage({
        kind: 'error',
        text: `The browser blocked the new window. Open ${presenterUrl()} in another window instead.`,
      });
  };
  const exportFile = () => downloadText(deckToJson(deck), `${slug(deck.title, 'deck')}.deck.json`, 'application/json');
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readDeckFile(file);
    if (fileRef.current) fileRef.current.value = '';
    if (!read.ok) {
      setMessage({ kind: 'error', text: read.error });
      return;
    }
    store().setDeck(read.deck);
    const fixed = read.problems ? ` Not used from the file: ${read.problems.join('; ')}.` : '';
    setMessage({
      kind: 'info',
      text: `Opened “${read.deck.title}” (${read.deck.slides.length} slides) from ${file.name}.${fixed}`,
    });
  };
  const copyLink = async () => {
    const url = `${location.origin}${location.pathname}${deckToHash(deck)}`;
    setLink(url);
    const ok = await copyText(url);
    setMessage(
      ok ? { kind: 'info', text: 'Deck link copied.' } : { kind: 'info', text: 'Copy the deck link below by hand.' },
    );
  };

  return (
    <dialog ref={dialogRef} className="modal deck-backdrop" aria-labelledby="deck-heading">
      <div ref={panelRef} className="deck-panel" tabIndex={-1}>
        <div className="deck-head">
          <h2 id="deck-heading">Briefing deck</h2>
          <button type="button" className="tool" onClick={() => store().close()} aria-label="Close the deck (Esc)">
            Close
          </button>
        </div>
        <label className="deck-field deck-title">
          <span>Deck title</span>
          <input
            type="text"
            value={deck.title}
            maxLength={MAX_TITLE_CHARS}
            onChange={(e) => store().setTitle(e.target.value)}
          />
        </label>
        <div className="deck-toolbar">
          <button type="button" className="tool tool-primary" onClick={addCurrent}>
            Add the scenario on screen as a slide
          </button>
          <button type="button" className="tool" onClick={() => present(0)} disabled={deck.slides.length === 0}>
            Start slide show
          </button>
          <button type="button" className="tool" onClick={openPresenter} disabled={deck.slides.length === 0}>
            Open presenter view
          </button>
          {deck.slides.length === 0 || !confirmReplace ? (
            <button
              type="button"
              className="tool"
              onClick={() => (deck.slides.length === 0 ? loadExample() : setConfirmReplace(true))}
            >
              Load example deck
            </button>
          ) : (
            <span className="deck-confirm" role="group" aria-label="Replace the deck">
              Replace these {deck.slides.length} slides?
              <button type="button" className="tool" onClick={loadExample}>
                Replace
              </button>
              <button type="button" className="tool" onClick={() => setConfirmReplace(false)}>
                Keep
              </button>
            </span>
          )}
        </div>
        <label className="deck-check deck-scale">
          <input type="checkbox" checked={!deck.freeAxes} onChange={(e) => store().setFreeAxes(!e.target.checked)} />
          Same scale on every slide of a chart (compare by eye)
        </label>
        <div className="deck-toolbar">
          <button type="button" className="tool" onClick={exportFile} disabled={deck.slides.length === 0}>
            Export deck file
          </button>
          <button type="button" className="tool" onClick={() => fileRef.current?.click()}>
            Import deck file…
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            className="sr-only"
            tabIndex={-1}
            aria-label="Deck file to import"
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
          <button type="button" className="tool" onClick={() => void copyLink()} disabled={deck.slides.length === 0}>
            Copy deck link
          </button>
        </div>
        {link && (
          <input
            className="deck-link-field"
            readOnly
            value={link}
            aria-label="Deck link"
            onFocus={(e) => e.target.select()}
          />
        )}
        {storageError && (
          <p className="deck-message deck-error" role="alert">
            {storageError}
          </p>
        )}
        {message && (
          <p
            className={`deck-message ${message.kind === 'error' ? 'deck-error' : ''}`}
            role={message.kind === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
        {deck.slides.length === 0 ? (
          <p className="deck-empty">No slides yet. Add the scenario on screen, or load the example deck.</p>
        ) : (
          <ol className="deck-slides" aria-label="Slides">
            {deck.slides.map((s, i) => (
              <SlideRow key={s.id} slide={s} index={i} total={deck.slides.length} onPresent={present} />
            ))}
          </ol>
        )}
      </div>
    </dialog>
  );
}
