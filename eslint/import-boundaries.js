// Imports flow one way: shared code (src/api, src/components, src/lib, src/hooks, src/figures,
// src/i18n, src/auth) → features (src/features/<name>) → the app (src/app, src/main.tsx). A feature
// never imports another feature, shared code never imports a feature or the app, and the server
// never imports the dashboard's UI: it may use the contract (src/api/schemas and what it needs
// from src/lib and src/api) and the seeded generator in mocks/.
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
// src/test (test support) may import anything.
const SHARED = ['api', 'components', 'lib', 'hooks', 'figures', 'i18n', 'auth', 'styles'];
/** What the server may take from the dashboard's tree: the contract and its pure helpers. */
const SERVER_MAY_IMPORT = [
  /^src\/api\/(schemas|sort-fields|problem-codes|data-problems|import-problems|import-formats|import-schemas)(\.ts)?$/,
  /^src\/lib\/[^/]+$/,
  /^mocks\//,
];
/** The server's tests may also use the e2e tests' servers (the OpenID Connect test provider). */
const SERVER_TESTS_MAY_IMPORT = /^e2e\/support\/(oidc-test-provider|auth-accounts)(\.ts)?$/;
const UI_PACKAGES = /^(react|react-dom|@tanstack\/|recharts|msw|oidc-client-ts)(\/|$)/;

/** Where a repo-relative path sits: { layer: 'shared' | 'feature' | 'app' | 'server' | 'other', name }. */
function place(path) {
  const parts = path.split('/');
  if (parts[0] === 'server') return { layer: 'server', test: parts[1] === 'test' };
  if (parts[0] !== 'src') return { layer: 'other' };
  if (parts[1] === 'features') return { layer: 'feature', name: parts[2] };
  if (parts[1] === 'app' || parts[1] === 'main.tsx') return { layer: 'app' };
  if (SHARED.includes(parts[1] ?? '')) return { layer: 'shared' };
  return { layer: 'other' };
}

function problem(from, target, spec) {
  if (from.layer === 'server') {
    if (UI_PACKAGES.test(spec)) return `the server never imports UI packages (${spec})`;
    if (from.test && target && SERVER_TESTS_MAY_IMPORT.test(target)) return null;
    if (target && !target.startsWith('server/') && !SERVER_MAY_IMPORT.some((re) => re.test(target)))
      return `the server never imports the dashboard's code (${target}); only the contract and mocks/`;
    return null;
  }
  if (!target) return null;
  const to = place(target);
  if (from.layer === 'shared' && (to.layer === 'feature' || to.layer === 'app'))
    return `shared code never imports ${to.layer === 'app' ? 'the app' : `a feature (${to.name})`}`;
  if (from.layer === 'feature' && to.layer === 'app') return 'a feature never imports the app';
  if (from.layer === 'feature' && to.layer === 'feature' && to.name !== from.name)
    return `a feature never imports another feature (${from.name} → ${to.name}); move the shared part to src/components, src/lib or src/hooks`;
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports flow shared → features → app; the server never imports UI code.' },
    schema: [],
  },
  create(context) {
    const file = relative(ROOT, context.filename).split(sep).join('/');
    const from = place(file);
    if (from.layer === 'other') return {};
    function check(node) {
      const spec = node.source?.value;
      if (typeof spec !== 'string') return;
      const target = spec.startsWith('.')
        ? relative(ROOT, resolve(dirname(context.filename), spec))
            .split(sep)
            .join('/')
        : null;
      const message = problem(from, target, spec);
      if (message) context.report({ node: node.source, message });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'import-boundaries': rule } };
