import { usePick } from '../store/pick';
import './header.css';
import { useAppStore } from '../store';
import { AddSlideButton, CompareButton, ExportMenu, PresentButton } from './present';
import { CopyLinkButton, EmbedMenu, PresetMenu, SavedScenarios, UndoToast } from './share';

/**
 * Title, the scenario's editable name and the scenario actions: presets, saved scenarios and
 * Copy link (src/ui/share); compare, slides, Present and Export (src/ui/present, loaded on first use).
 * The undo toast (and Ctrl+Z) lives here too, so it is mounted once with the page.
 */
export function Header() {
  const { name, setName, hasResult, baseline, pin, clear } = useAppStore(
    usePick((s) => ({
      name: s.scenarioName,
      setName: s.setScenarioName,
      hasResult: s.result !== null,
      baseline: s.baseline !== null,
      pin: s.pinBaseline,
      clear: s.clearBaseline,
    })),
  );
  return (
    <header className="app-header">
      <div className="brand">
        <h1 className="app-title">Decoupling Dashboard</h1>
        <p className="app-question">Can OpenAI pay for its own inference as it decouples from Microsoft?</p>
      </div>
      <div className="header-actions">
        <input
          className="scenario-name"
          autoComplete="off"
          aria-label="Scenario name"
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
        />
        <PresetMenu />
        <SavedScenarios defaultName={name} />
        <CopyLinkButton className="tool" />
        <EmbedMenu />
        <button
          type="button"
          className="tool"
          aria-pressed={baseline}
          disabled={!hasResult && !baseline}
          onClick={baseline ? clear : pin}
        >
          {baseline ? 'Clear baseline' : 'Pin as baseline'}
        </button>
        <CompareButton />
        <AddSlideButton />
        <PresentButton />
        <ExportMenu />
      </div>
      <UndoToast />
    </header>
  );
}
