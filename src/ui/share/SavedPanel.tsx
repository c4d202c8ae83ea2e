import { useId, useState, type FormEvent } from 'react';
import { ENGINE_VERSION } from '../../engine/types';
import { useAppStore } from '../../store';
import { serializeScenario } from '../../url/codec';
import { clearSaved, deleteSaved, readSaved, saveScenario, type SavedResult } from '../../url/saved';
import { applyLink } from './applyLink';
import type { StorageLike } from '../../storage/local';
import './share.css';

export interface SavedScenariosProps {
  /** Defaults to localStorage; tests pass their own. */
  storage?: StorageLike;
  /** Pre-fills the name field (e.g. the scenario's editable name). */
  defaultName?: string;
  /** Called after a saved scenario is put on screen (e.g. to set the scenario name). */
  onLoaded?: (name: string) => void;
}

/**
 * Save the scenario on screen under a name, load or delete saved ones. Damaged or foreign data
 * in storage gives a message and a Clear button; the rest of the page keeps working.
 */
export function SavedPanel({ storage, defaultName = '', onLoaded }: SavedScenariosProps) {
  const id = useId();
  const [result, setResult] = useState<SavedResult>(() => readSaved(storage));
  const [name, setName] = useState(defaultName);
  const [nameError, setNameError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const onSave = (e: FormEvent) => {
    e.preventDefault();
    const link = serializeScenario(useAppStore.getState().params, ENGINE_VERSION);
    const r = saveScenario(name, link, storage);
    if (!r.ok && r.error.kind === 'invalid-name') {
      setNameError(r.error.message);
      return;
    }
    setNameError(null);
    setResult(r);
    if (r.ok) setStatus(`Saved “${name.trim()}”`);
  };

  const onLoad = (savedName: string, link: string) => {
    applyLink(link, { name: savedName, label: `Loaded “${savedName}”` });
    setStatus(`Loaded “${savedName}”`);
    onLoaded?.(savedName);
  };

  const onDelete = (savedName: string) => {
    const r = deleteSaved(savedName, storage);
    setResult(r);
    if (r.ok) setStatus(`Deleted “${savedName}”`);
  };

  const onClear = () => {
    clearSaved(storage);
    setResult(readSaved(storage));
    setStatus('Saved scenarios cleared');
  };

  return (
    <section className="share-saved" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="share-visually-hidden">
        Saved scenarios
      </h2>
      <form className="share-saved-form" onSubmit={onSave} noValidate>
        <label htmlFor={`${id}-name`} className="share-label">
          Name
        </label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.currentTarget.value)}
          aria-invalid={nameError !== null}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
        />
        <button type="submit" className="share-button">
          Save current
        </button>
        {nameError && (
          <p id={`${id}-name-error`} className="share-error">
            {nameError}
          </p>
        )}
      </form>
      {!result.ok && (
        <div className="share-error" role="alert">
          <p>{result.error.message}</p>
          {result.error.canClear && (
            <button type="button" className="share-button" onClick={onClear}>
              Clear saved scenarios
            </button>
          )}
        </div>
      )}
      {result.ok && result.scenarios.length === 0 && <p className="share-empty">No saved scenarios yet.</p>}
      {result.ok && result.scenarios.length > 0 && (
        <ul className="share-saved-list">
          {result.scenarios.map((s) => (
            <li key={s.name}>
              <span className="share-saved-name">{s.name}</span>
              <button
                type="button"
                className="share-button"
                onClick={() => onLoad(s.name, s.link)}
                aria-label={`Load ${s.name}`}
              >
                Load
              </button>
              <button
                type="button"
                className="share-button"
                onClick={() => onDelete(s.name)}
                aria-label={`Delete ${s.name}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="share-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
