import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * View namespaces are registered when their module is evaluated, and they load with the code that
 * imports them. A module that uses a key must therefore reach the key's namespace through its own
 * static imports (not `import type`, not `import()`): then the namespace is evaluated before the
 * module, whichever chunk the bundler puts either in, and no view can render a raw key.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const viewsDir = join(root, 'i18n', 'messages', 'views');

type Namespace = { en: Record<string, string> };

/** Each namespace file (absolute path) with its keys. */
const namespaces = await Promise.all(
  readdirSync(viewsDir)
    .filter((name) => name.endsWith('.ts'))
    .map(async (name) => {
      const file = join(viewsDir, name);
      const [ns] = Object.values((await import(file)) as Record<string, Namespace>);
      if (!ns) throw new Error(`${name} exports no namespace`);
      return { file, keys: Object.keys(ns.en) };
    }),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === viewsDir ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function parse(file: string) {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate),
  );
}

/** Imports that run the imported module: everything but type-only ones. */
function runtimeImports(source: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      // `import { type A }` alone may or may not survive compilation; count it as not importing.
      const onlyTypes =
        clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.every((element) => element.isTypeOnly)));
      if (!onlyTypes && ts.isStringLiteral(statement.moduleSpecifier)) {
        specifiers.push(statement.moduleSpecifier.text);
      }
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

/** Namespace files whose keys the module names: whole keys in strings, or `prefix.${…}` templates. */
function usedNamespaces(source: ts.SourceFile): Set<string> {
  const used = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      for (const ns of namespaces) if (ns.keys.includes(node.text)) used.add(ns.file);
    } else if (ts.isTemplateExpression(node) && node.head.text.includes('.')) {
      for (const ns of namespaces) {
        if (ns.keys.some((key) => key.startsWith(node.head.text))) used.add(ns.file);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return used;
}

const files = sourceFiles(root);
const graph = new Map<string, string[]>();
for (const file of [...files, ...namespaces.map((ns) => ns.file)]) {
  const imports = runtimeImports(parse(file)).flatMap((spec) => resolveImport(file, spec) ?? []);
  graph.set(file, imports);
}

function reachable(from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(graph.get(file) ?? []));
  }
  return seen;
}

describe('view namespaces are registered before they are used', () => {
  it('finds the namespaces and the modules that use them', () => {
    expect(namespaces.length).toBeGreaterThanOrEqual(13);
    const users = files.filter((file) => usedNamespaces(parse(file)).size > 0);
    expect(users.length).toBeGreaterThan(50);
  });

  it('every module that uses a view key statically imports its namespace', () => {
    const missing: string[] = [];
    for (const file of files) {
      const closure = reachable(file);
      for (const ns of usedNamespaces(parse(file))) {
        if (!closure.has(ns)) missing.push(`${relative(root, file)} needs ${relative(root, ns)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps every view namespace out of the first bundle, but the Overview’s', () => {
    // The Overview, the page a shared link opens, is in the first bundle (issue 11: no second round
    // trip before its figures), and so are the namespaces its panels use; no other view's.
    const entry = reachable(join(root, 'main.tsx'));
    expect(entry.size).toBeGreaterThan(20);
    const overview = reachable(join(root, 'features', 'overview', 'overview-page.tsx'));
    const inEntry = namespaces
      .filter((ns) => entry.has(ns.file) && !overview.has(ns.file))
      .map((ns) => relative(root, ns.file));
    expect(inEntry).toEqual([]);
    expect(namespaces.filter((ns) => entry.has(ns.file)).length).toBeLessThanOrEqual(3);
  });
});
