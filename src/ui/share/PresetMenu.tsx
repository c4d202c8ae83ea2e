import { useId, useMemo, useRef, useState } from 'react';
import { SOURCES } from '../../registry';
import { useAppStore } from '../../store';
import { PRESETS, presetParams, type Preset } from '../../url/presets';
import { applyLink } from './applyLink';
import './share.css';

export interface PresetMenuProps {
  presets?: readonly Preset[];
  /** Called after a preset is applied (e.g. to name the scenario after it). */
  onApplied?: (preset: Preset) => void;
}

function sameParams(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function PresetAbout({ preset, id }: { preset: Preset; id: string }) {
  return (
    <div id={id} className="share-preset-desc">
      <p>{preset.description}</p>
      <p className="share-sources">
        Sources:{' '}
        {preset.sources.map((s, i) => {
          const src = SOURCES[s];
          const text = src ? `${src.publisher}, ${src.date}` : s;
          return (
            <span key={s}>
              {i > 0 && '; '}
              {src?.url ? <a href={src.url} target="_blank" rel="noreferrer" title={src.title}>{text}</a> : <span title={src?.title}>{text}</span>}
            </span>
          );
        })}
      </p>
    </div>
  );
}

/**
 * A labelled select of presets. Choosing one applies it as a single history step. While the
 * scenario on screen equals a preset, that preset shows as selected; otherwise "Custom".
 */
export function PresetMenu({ presets = PRESETS, onApplied }: PresetMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const aboutButton = useRef<HTMLButtonElement>(null);
  const params = useAppStore((s) => s.params);
  const expanded = useMemo(() => presets.map((p) => ({ preset: p, params: presetParams(p) })), [presets]);
  const current = expanded.find((e) => sameParams(e.params, params))?.preset;
  const descId = `${id}-desc`;

  const onChange = (value: string) => {
    const preset = presets.find((p) => p.id === value);
    if (!preset) return;
    applyLink(preset.link);
    onApplied?.(preset);
  };

  return (
    <div className="share-presets">
      <label htmlFor={`${id}-select`} className="share-label">Preset</label>
      <select
        id={`${id}-select`}
        className="share-select"
        value={current?.id ?? ''}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="" disabled>Custom scenario</option>
        {presets.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
      </select>
      {current && (
        <span
          className="share-popover-anchor"
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || !open) return;
            setOpen(false);
            aboutButton.current?.focus();
          }}
        >
          <button
            ref={aboutButton} type="button" className="share-button" aria-expanded={open} aria-controls={descId}
            onClick={() => setOpen((o) => !o)}
          >
            About this preset
          </button>
          {open && <div className="share-popover"><PresetAbout preset={current} id={descId} /></div>}
        </span>
      )}
    </div>
  );
}
