import { useId, useMemo, useState, type FormEvent } from 'react';
import { LEVERS, SOURCES, type LeverId, type Params } from '../../registry';
import { useAppStore } from '../../store';
import { PRESETS, presetParams, type Preset } from '../../url/presets';
import { usePopover } from '../common/usePopover';
import { applyLink } from './applyLink';
import './share.css';

export interface PresetMenuProps {
  presets?: readonly Preset[];
  /** Called after a preset is applied (e.g. to name the scenario after it). */
  onApplied?: (preset: Preset) => void;
}

/**
 * Which preset a scenario is, if any: asked on every change of the store while a lever moves,
 * so each preset is checked first on the levers it moves off their defaults (a scenario that is
 * not the preset differs there, as a rule, at once), and the answer is kept per scenario object.
 */
function presetMatcher(presets: readonly Preset[]) {
  const expanded = presets.map((preset) => {
    const params = presetParams(preset);
    const own = LEVERS.filter((l) => params[l.id] !== l.default).map((l) => l.id);
    return { preset, params, order: [...own, ...LEVERS.map((l) => l.id).filter((id) => !own.includes(id))] };
  });
  const seen = new WeakMap<Params, Preset | null>();
  const same = (order: readonly LeverId[], a: Params, b: Params) => order.every((id) => Object.is(a[id], b[id]));
  return (params: Params): Preset | undefined => {
    let found = seen.get(params);
    if (found === undefined) {
      found = expanded.find((e) => same(e.order, e.params, params))?.preset ?? null;
      seen.set(params, found);
    }
    return found ?? undefined;
  };
}

/** "About this preset": its description and sources in a native popover under the button. */
function PresetAbout({ preset }: { preset: Preset }) {
  const { open, buttonProps, popoverProps } = usePopover();
  return (
    <>
      <button type="button" className="share-button" {...buttonProps}>
        About this preset
      </button>
      <div {...popoverProps} className="share-popover anchored">
        {open && <PresetText preset={preset} />}
      </div>
    </>
  );
}

function PresetText({ preset }: { preset: Preset }) {
  return (
    <div className="share-preset-desc">
      <p>{preset.description}</p>
      <p className="share-sources">
        Sources:{' '}
        {preset.sources.map((s, i) => {
          const src = SOURCES[s];
          const text = src ? `${src.publisher}, ${src.date}` : s;
          return (
            <span key={s}>
              {i > 0 && '; '}
              {src?.url ? (
                <a href={src.url} target="_blank" rel="noreferrer" title={src.title}>
                  {text}
                </a>
              ) : (
                <span title={src?.title}>{text}</span>
              )}
            </span>
          );
        })}
      </p>
    </div>
  );
}

/**
 * A labelled select of presets and an Apply button: moving through the list (arrow keys, a
 * screen reader browsing it) only chooses and describes; Apply puts the preset on screen as
 * one history step and one undo step, named after the preset. While the scenario on screen
 * equals a preset, that preset shows as selected; otherwise "Custom scenario".
 */
export function PresetMenu({ presets = PRESETS, onApplied }: PresetMenuProps) {
  const id = useId();
  const presetOf = useMemo(() => presetMatcher(presets), [presets]);
  // the preset on screen, if any: a lever moving off every preset re-renders nothing here
  const current = useAppStore((s) => presetOf(s.params));
  const [choice, setChoice] = useState(current?.id ?? '');
  // The scenario moved (a lever, an undo, a link): the select shows what is on screen again
  // (adjusted while rendering, not in an effect: React re-renders at once).
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setChoice(current?.id ?? '');
  }
  const chosen = presets.find((p) => p.id === choice);

  const onApply = (e: FormEvent) => {
    e.preventDefault();
    if (!chosen || chosen === current) return;
    applyLink(chosen.link, { name: chosen.title, label: `Preset “${chosen.title}”` });
    onApplied?.(chosen);
  };

  return (
    <form className="share-presets" onSubmit={onApply}>
      <label htmlFor={`${id}-select`} className="share-label">
        Preset
      </label>
      <select
        id={`${id}-select`}
        className="share-select"
        autoComplete="off"
        value={choice}
        onChange={(e) => setChoice(e.currentTarget.value)}
      >
        <option value="" disabled>
          Custom scenario
        </option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="share-button"
        disabled={!chosen || chosen === current}
        aria-label={chosen && chosen !== current ? `Apply the preset “${chosen.title}”` : 'Apply the chosen preset'}
      >
        Apply
      </button>
      {chosen && <PresetAbout preset={chosen} />}
    </form>
  );
}
