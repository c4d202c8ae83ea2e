import type { ReactNode } from 'react';

interface ChartHeadProps {
  headingId: string;
  /** h2 for the dashboard's charts, h3 for charts inside a section. */
  level: 2 | 3;
  title: string;
  subtitle: string;
  tools?: ReactNode;
  tableOpen: boolean;
  onToggleTable: () => void;
}

/** A chart's header: the finding as title, units as subtitle, its tools and the Table toggle. */
export function ChartHead({ headingId, level, title, subtitle, tools, tableOpen, onToggleTable }: ChartHeadProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <header className="chart-head">
      <Heading id={headingId} className="chart-title">
        {title}
      </Heading>
      <p className="chart-subtitle">{subtitle}</p>
      <div className="chart-tools">
        {tools}
        <button type="button" className="tool" aria-pressed={tableOpen} onClick={onToggleTable}>
          Table
        </button>
      </div>
    </header>
  );
}
