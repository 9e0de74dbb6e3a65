/** What one workspace package may import, as ARCHITECTURE.md's package table says. */
export type ImportRule = {
  packageName: string;
  /** Packages it may import anything from; `node` stands for Node's built-in modules. */
  values: Set<string>;
  /** Packages it may import types from, and nothing else ("api types only"). */
  types: Set<string>;
};

const WORKSPACE_SHORT_NAMES = new Set(['domain', 'db', 'api', 'server', 'web', 'bench', 'e2e']);

function splitCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/**
 * The rules read from the table whose header has a "may import" column: its first cell names the
 * package in backticks (`@switchoff/api`); the column lists names separated by commas or semicolons,
 * where `domain`, `db`, `api` … are workspace packages, `node` is Node's built-ins, "X types only"
 * allows type imports alone, and text in parentheses is a remark, not a rule.
 */
export function readImportRules(markdown: string): Map<string, ImportRule> {
  const lines = markdown.split('\n');
  const header = lines.findIndex((line) => line.startsWith('|') && /may import/i.test(line));
  if (header < 0) throw new Error('ARCHITECTURE.md has no table with a "may import" column');
  const column = splitCells(lines[header] ?? '').findIndex((cell) => /may import/i.test(cell));
  const rules = new Map<string, ImportRule>();
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = splitCells(line);
    const packageName = /`(@switchoff\/[\w-]+)`/.exec(cells[0] ?? '')?.[1];
    if (!packageName) throw new Error(`ARCHITECTURE.md: no \`@switchoff/…\` name in the row "${cells[0]}"`);
    const rule: ImportRule = { packageName, values: new Set(), types: new Set() };
    const items = (cells[column] ?? '')
      .replace(/\([^)]*\)/g, '')
      .replace(/[*`]/g, '')
      .split(/[,;]/);
    for (const raw of items) {
      const item = raw.trim();
      if (!item) continue;
      const typesOnly = /\s+types only$/.exec(item);
      const name = typesOnly ? item.slice(0, typesOnly.index) : item;
      const resolved = WORKSPACE_SHORT_NAMES.has(name) ? `@switchoff/${name}` : name;
      (typesOnly ? rule.types : rule.values).add(resolved);
    }
    rules.set(packageName, rule);
  }
  return rules;
}
