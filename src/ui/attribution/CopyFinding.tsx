import { movedSentence } from '../../figures/sentence';
import { useAppStore } from '../../store';
import { CopyLinkButton } from '../share/CopyLinkButton';
import { sentenceContext } from '../share/sentenceContext';

export interface Finding {
  title: string;
  against: string;
  why?: string;
}

/**
 * "Copy as sentence" under the waterfall: the finding with the record's month, the scenario's name
 * and link. On the first load with the tiles' copy; the lazy card is handed it, so the card's own
 * code pulls in nothing more.
 */
export function CopyFinding({ finding }: { finding: Finding }) {
  return (
    <p className="attribution-copy">
      <CopyLinkButton
        className="tool"
        label="Copy as sentence"
        copiedText="Sentence copied"
        manualLabel="What moved it, as a sentence"
        getLink={() => movedSentence(useAppStore.getState().result!.summary, sentenceContext(), finding)}
      />
    </p>
  );
}
