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

type KeyFiguresProps = {
  /** The figures in reading order; each label is said once. */
  figures: readonly KeyFigureProps[];
  /** Each figure's width (two a row on phones, four on large screens unless told). */
  columnClassName?: string;
  className?: string;
};

/** A row of headline numbers, each a `KeyFigure`. */
export function KeyFigures({ figures, columnClassName = 'col-6 col-lg-3', className = 'mb-4' }: KeyFiguresProps) {
  return (
    <div className={`row g-3 ${className}`}>
      {figures.map((figure) => (
        <div key={figure.label} className={columnClassName}>
          <KeyFigure {...figure} />
        </div>
      ))}
    </div>
  );
}
