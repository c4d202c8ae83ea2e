import { useId } from 'react';
import { usePick } from '../../store/pick';
import { hasLinkReport, useLinkStore, type LinkReport } from '../../store/linkSlice';
import { truncateForMessage } from '../../url/codec';
import './share.css';

export interface LinkProblemsViewProps extends LinkReport {
  onDismiss: () => void;
}

/** Unknown keys listed at most; a pasted link can carry thousands. */
const MAX_UNKNOWN_SHOWN = 20;

function shown(text: string): string {
  return text === '' ? '(empty)' : text;
}

/**
 * What the page could not use from the link it was opened with. Every piece of the link is
 * rendered as React text children, never as HTML, so a `<script>` in a link stays visible text.
 */
export function LinkProblemsView({ problems, unknown, engineNote, migrations, onDismiss }: LinkProblemsViewProps) {
  const id = useId();
  if (!hasLinkReport({ problems, unknown, engineNote, migrations })) return null;
  const title = problems.length > 0 ? 'Some values in this link were not used' : 'About this link';
  return (
    <section className="share-banner" aria-labelledby={`${id}-title`}>
      <div className="share-banner-head">
        <h2 id={`${id}-title`} className="share-banner-title">
          {title}
        </h2>
        <button
          type="button"
          className="share-button share-banner-dismiss"
          onClick={onDismiss}
          aria-label="Dismiss the message about this link"
        >
          Dismiss
        </button>
      </div>
      {engineNote !== null && <p className="share-banner-note">{engineNote}</p>}
      {problems.length > 0 && (
        <table className="share-banner-table">
          <caption className="share-visually-hidden">Values refused; the default is used for each</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Given</th>
              <th scope="col">Why it was refused</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={`${p.key}-${i}`}>
                <td>
                  <code>{shown(p.key)}</code>
                </td>
                <td>
                  <code>{shown(p.given)}</code>
                </td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unknown.length > 0 && (
        <div className="share-banner-unknown">
          <p>Not understood by this version of the page, so left out of the link (and of Copy link):</p>
          <ul>
            {unknown.slice(0, MAX_UNKNOWN_SHOWN).map(([k, v], i) => (
              <li key={`${k}-${i}`}>
                <code>{shown(truncateForMessage(k, 32))}</code> = <code>{shown(truncateForMessage(v))}</code>
              </li>
            ))}
            {unknown.length > MAX_UNKNOWN_SHOWN && <li>and {unknown.length - MAX_UNKNOWN_SHOWN} more</li>}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The banner for the link in the address bar, fed by startUrlSync through useLinkStore. */
export function LinkProblemsBanner() {
  const report = useLinkStore(
    usePick((s) => ({
      problems: s.problems,
      unknown: s.unknown,
      engineNote: s.engineNote,
      migrations: s.migrations,
      dismissed: s.dismissed,
    })),
  );
  const dismiss = useLinkStore((s) => s.dismiss);
  if (report.dismissed) return null;
  return <LinkProblemsView {...report} onDismiss={dismiss} />;
}
