import type { ReactNode } from 'react';

type SectionProps = {
  /** The heading's id: the section is named by its heading (`aria-labelledby`). */
  headingId: string;
  title: ReactNode;
  /** An icon drawn before the title (decorative: the title names the section). */
  icon?: ReactNode;
  /** The heading's level in the page's outline. */
  level?: 2 | 3;
  /** The heading's look (Bootstrap Italia's `h3`, `h4` …); `null` for the level's own. */
  headingClassName?: string | null;
  className?: string;
  children: ReactNode;
};

/** A section of a page named by its heading, the way every screen opens one. */
export function Section(props: SectionProps) {
  const { headingId, title, icon, level = 2, headingClassName = 'h3', className, children } = props;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId} className={headingClassName ?? undefined}>
        {icon}
        {title}
      </Heading>
      {children}
    </section>
  );
}
