import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { parseSync } from 'oxc-parser';

/** A workspace package: its name, folder and `exports` map (subpath → file). */
export type WorkspacePackage = { name: string; dir: string; exports: Map<string, string> };

/** One import in a source file, as the parser found it. */
export type ImportEdge = {
  from: string;
  specifier: string;
  /** Every name imported is a type (`import type`, `export type … from`): erased at build time. */
  typeOnly: boolean;
  /** The workspace file it resolves to, when it is one of ours. */
  target: string | null;
  /** The package it names: a workspace package, an npm package, or `node` for a built-in. */
  packageName: string | null;
};

const SOURCE = /\.(ts|tsx|mts)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'drizzle', 'artifacts', 'fixtures', 'public']);

/** The workspace's packages (apps/* and packages/*) with their exports maps. */
export function listWorkspacePackages(root: string): WorkspacePackage[] {
  const packages: WorkspacePackage[] = [];
  for (const group of ['apps', 'packages']) {
    for (const entry of readdirSync(join(root, group))) {
      const dir = join(root, group, entry);
      const manifest = join(dir, 'package.json');
      if (!existsSync(manifest)) continue;
      const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; exports?: Record<string, string> };
      const exports = new Map<string, string>();
      for (const [subpath, file] of Object.entries(json.exports ?? {})) exports.set(subpath, join(dir, file));
      packages.push({ name: json.name, dir, exports });
    }
  }
  return packages;
}

/** Every TypeScript source file under a package's folder, dependencies and build output aside. */
export function listSourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (SKIPPED_DIRS.has(entry) || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...listSourceFiles(path));
    else if (SOURCE.test(entry) && !entry.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

function resolveRelative(fromFile: string, specifier: string): string | null {
  // Vite's query suffixes (`./sprites.svg?url`) name the same file.
  const base = join(dirname(fromFile), specifier.replace(/\?.*$/, '').replace(/\.js$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? specifier);
}

/** Where a specifier leads: a file of ours (through a package's `exports` for workspace names) and its package. */
function resolveSpecifier(
  fromFile: string,
  specifier: string,
  packages: WorkspacePackage[],
): Pick<ImportEdge, 'target' | 'packageName'> {
  if (specifier.startsWith('.')) {
    const target = resolveRelative(fromFile, specifier);
    const owner = packages.find((pkg) => target?.startsWith(`${pkg.dir}/`));
    return { target, packageName: owner?.name ?? null };
  }
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return { target: null, packageName: 'node' };
  const name = packageNameOf(specifier);
  const workspace = packages.find((pkg) => pkg.name === name);
  if (!workspace) return { target: null, packageName: name };
  const subpath = `.${specifier.slice(name.length)}`;
  return { target: workspace.exports.get(subpath) ?? null, packageName: name };
}

/** The imports, re-exports and literal dynamic imports of one file. */
export function readImports(file: string, packages: WorkspacePackage[]): ImportEdge[] {
  const source = readFileSync(file, 'utf8');
  const { module, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message ?? 'parse error'}`);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const item of module.staticImports) {
    const typeOnly = item.entries.length > 0 && item.entries.every((entry) => entry.isType);
    found.push({ specifier: item.moduleRequest.value, typeOnly });
  }
  for (const item of module.staticExports) {
    for (const entry of item.entries) {
      if (entry.moduleRequest) found.push({ specifier: entry.moduleRequest.value, typeOnly: entry.isType });
    }
  }
  for (const item of module.dynamicImports) {
    const literal = /^\s*['"]([^'"]+)['"]\s*$/.exec(source.slice(item.moduleRequest.start, item.moduleRequest.end));
    if (literal?.[1]) found.push({ specifier: literal[1], typeOnly: false });
  }
  return found.map(({ specifier, typeOnly }) => ({
    from: file,
    specifier,
    typeOnly,
    ...resolveSpecifier(file, specifier, packages),
  }));
}

/** The import cycles among the given edges, each once, as a list of files relative to `root`. */
export function findCycles(edges: ImportEdge[], root: string): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    if (!edge.target) continue;
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.target]);
  }
  // Tarjan's strongly connected components: every component of more than one file holds a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(relative(root, member));
    } while (member !== node);
    if (component.length > 1 || next.get(node)?.includes(node)) components.push(component.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return components;
}
