import type { ReactNode } from 'react';

/**
 * The facts under a screen's title (province, region, population, consortium, month of the data),
 * one `<li>` each. A fact wraps as a whole, so a label is never split from its value and the line
 * breaks between facts: where Titillium Web and the fallback font drawn before it arrives differ
 * by a few pixels, a break inside the text moved a fact to another line when the font swapped in
 * (Lighthouse: CLS 0.085-0.093 on the comune page); a whole fact moves far less often.
 */
export function MetaLine({ children }: { children: ReactNode }) {
  return <ul className="meta-line small mb-0">{children}</ul>;
}
