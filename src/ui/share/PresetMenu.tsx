import { useId, useMemo } from 'react';
import sourcesJson from '../../../data/sources.json';
import { useAppStore } from '../../store';
import { PRESETS, presetParams, type Preset } from '../../url/presets';
import { applyLink } from './applyLink';
import './share.css';

const SOURCES = sourcesJson as Record<string, { title: string; publisher: string; date: string; url: string }>;

export interface PresetMenuProps {
  presets?: readonly Preset[];
  /** Called after a preset is applied (e.g. to name the scenario after it). */
  onApplied?: (preset: Preset) => void;
  /** Show the selected preset's description and sources under the menu. */
  showDescription?: boolean;
}

function sameParams(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * A labelled select of presets. Choosing one applies it as a single history step. While the
 * scenario on screen equals a preset, that preset shows as selected; otherwise "Custom".
 */
export function PresetMenu({ presets = PRESETS, onApplied, showDescription = true }: PresetMenuProps) {
  const id = useId();
  const params = useAppStore((s) => s.params);
  const expanded = useMemo(() => presets.map((p) => ({ preset: p, params: presetParams(p) })), [presets]);
  const current = expanded.find((e) => sameParams(e.params, params))?.preset;

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
        aria-describedby={showDescription && current ? `${id}-desc` : undefined}
      >
        <option value="" disabled>Custom scenario</option>
        {presets.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
      </select>
      {showDescription && current && (
        <div id={`${id}-desc`} className="share-preset-desc">
          <p>{current.description}</p>
          <p className="share-sources">
            Sources:{' '}
            {current.sources.map((s, i) => {
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
      )}
    </div>
  );
}
