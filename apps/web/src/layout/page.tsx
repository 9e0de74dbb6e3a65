import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { useDocumentTitle } from './document-title';

type PageProps = {
  /** The visible heading of the screen. */
  title: string;
  /** The browser tab title; defaults to the heading; `false` when the screen nested inside sets it. */
  documentTitle?: string | false;
  /** Steps after "Home"; the last one is this page. */
  trail: readonly Crumb[];
  /** A line under the heading (place, consortium, date of the data). */
  lead?: ReactNode;
  children: ReactNode;
};

/** The frame of every screen: breadcrumbs, heading, lead, document title. */
export function Page({ title, documentTitle, trail, lead, children }: PageProps) {
  useDocumentTitle(documentTitle === false ? undefined : (documentTitle ?? title));
  return (
    <div className="container my-4">
      <Breadcrumbs trail={trail} />
      <h1 className="mb-2">{title}</h1>
      {lead ? <div className="lead mb-4">{lead}</div> : null}
      {children}
    </div>
  );
}
