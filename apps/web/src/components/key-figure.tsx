import type { ReactNode } from 'react';

type KeyFigureProps = {
  label: string;
  value: string;
  /** How the figure is defined or what it is based on. */
  hint?: ReactNode;
};

/** One headline number with its label, in a Bootstrap Italia card. */
export function KeyFigure({ label, value, hint }: KeyFigureProps) {
  return (
    <div className="key-figure card card-bg no-after h-100">
      <div className="card-body">
        <p className="key-figure-label mb-1">{label}</p>
        <p className="key-figure-value mb-1">{value}</p>
        {hint ? <p className="key-figure-hint small text-muted mb-0">{hint}</p> : null}
      </div>
    </div>
  );
}
