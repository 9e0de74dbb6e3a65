/** Text as a CSS string literal: quotes and backslashes escaped, `<` too so no markup can close the style. */
export function cssString(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/</g, '\\3C ').replace(/\r?\n/g, '\\A ');
  return `"${escaped}"`;
}

/**
 * The line printed at the top of every page of the report (a CSS page-margin box): the first
 * page's heading is not repeated, so a loose page still says which comune and period it is about.
 * It exists only while the report is shown, so no other page prints it.
 */
export function RunningHead({ text }: { text: string }) {
  return <style>{`@page { @top-left { content: ${cssString(text)}; } }`}</style>;
}
