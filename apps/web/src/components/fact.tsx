import type { ReactNode } from 'react';

/** One fact of a `<dl className="row">`: its term in a third of a wide row (a quarter on large screens), its value beside. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="col-sm-4 col-lg-3">{term}</dt>
      <dd className="col-sm-8 col-lg-9">{children}</dd>
    </>
  );
}
