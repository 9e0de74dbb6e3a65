/**
 * `pnpm lint` runs this: every import in apps/* and packages/* must be one that the "may import"
 * column of ARCHITECTURE.md allows, workspace packages must be reached through their `exports`,
 * and no file may import itself through a chain of imports (type-only imports included).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findCycles, type ImportEdge, listSourceFiles, listWorkspacePackages, readImports } from './import-graph';
import { type ImportRule, readImportRules } from './import-rules';

const root = join(import.meta.dirname, '..');

/** Tests, test helpers and tool configuration may use the package's dev dependencies. */
function isTestOrTooling(file: string, packageDir: string): boolean {
  const path = relative(packageDir, file);
  if (!path.startsWith('src/')) return true;
  return /(\.test\.tsx?|\/test-[\w-]+\.tsx?|testing\.tsx?|\/global-setup\.ts)$/.test(path);
}

function describeBreach(edge: ImportEdge, rule: ImportRule, testOrTooling: boolean): string | null {
  const name = edge.packageName;
  if (name === null || name === rule.packageName) {
    return edge.target === null ? `${edge.specifier} leads to no file` : null;
  }
  const workspace = name.startsWith('@switchoff/');
  if (workspace && edge.target === null)
    return `${edge.specifier} is not one of ${name}'s entry points (package.json exports)`;
  if (rule.values.has(name)) return null;
  if (rule.types.has(name)) return edge.typeOnly ? null : `${name} may be imported for its types only`;
  if (!workspace && testOrTooling) return null;
  return `${name} is not in the "may import" column of ARCHITECTURE.md`;
}

const rules = readImportRules(readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8'));
const packages = listWorkspacePackages(root);
const problems: string[] = [];
const edges: ImportEdge[] = [];
for (const pkg of packages) {
  const rule = rules.get(pkg.name);
  if (!rule) {
    problems.push(`${pkg.name}: no row in ARCHITECTURE.md's package table`);
    continue;
  }
  for (const file of listSourceFiles(pkg.dir)) {
    const testOrTooling = isTestOrTooling(file, pkg.dir);
    for (const edge of readImports(file, packages)) {
      edges.push(edge);
      const breach = describeBreach(edge, rule, testOrTooling);
      if (breach) problems.push(`${relative(root, file)}: ${breach}`);
    }
  }
}
for (const cycle of findCycles(edges, root)) problems.push(`import cycle: ${cycle.join(' → ')}`);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} import problem(s): see ARCHITECTURE.md, "may import".`);
  process.exit(1);
}
console.log(`Imports: ${edges.length} in ${packages.length} packages follow ARCHITECTURE.md; no cycles.`);
