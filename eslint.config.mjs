import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

/**
 * The layers, from the bottom (see README, "How it works"):
 * - pure stages: text in, values out; no framework, no database, no environment;
 * - lib/db: the client, adapters, migrations and queries;
 * - lib/services: the use cases, each once, over lib/db and the stages;
 * - app/ (pages, API routes) and lib/cli: reach the database only through lib/services.
 * Type-only imports cross layers freely: they cost nothing at run time.
 */
const PURE_STAGES = [
  'lib/text/**',
  'lib/parties/**',
  'lib/ingest/**',
  'lib/align/**',
  'lib/diff/**',
  'lib/compare/**',
  'lib/eval/**',
  'lib/formulas/**',
  'lib/formats/**',
  'lib/scale/**',
  'lib/search/**',
  'lib/url/**',
  'lib/vocab/**',
  'lib/views/**',
]

const FRAMEWORK = { group: ['next', 'next/*', 'react', 'react-dom', 'react/*'], message: 'lib/<stage> stays free of Next.js and React.' }
const DATABASE = {
  group: ['@prisma/*', '@/lib/generated/*', '**/generated/*', '@/lib/db', '@/lib/db/*', '**/db/*'],
  allowTypeImports: true,
}
const SERVICES = { group: ['@/lib/services/*', '**/services/*'], allowTypeImports: true }
const APP = { group: ['@/app/*'], allowTypeImports: true }

const restrict = (...patterns) => ({ 'no-restricted-imports': 'off', '@typescript-eslint/no-restricted-imports': ['error', { patterns }] })

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next*/**', 'node_modules/**', 'lib/generated/**', 'next-env.d.ts', 'artifacts/**'] },
  {
    files: PURE_STAGES,
    rules: {
      ...restrict(
        FRAMEWORK,
        { ...DATABASE, message: 'lib/<stage> stays free of Prisma and the database.' },
        { ...SERVICES, message: 'lib/<stage> is below the services: the services call it, not the other way round.' },
        { ...APP, message: 'lib/ never imports from app/.' },
      ),
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in lib/env.ts and pass values down.' },
      ],
    },
  },
  {
    files: ['lib/db/**'],
    // tests set up their data through the use cases
    ignores: ['**/*.test.ts'],
    rules: restrict(
      { ...SERVICES, message: 'lib/db holds queries only; the use cases in lib/services call it.' },
      { ...APP, message: 'lib/ never imports from app/.' },
    ),
  },
  {
    files: ['lib/services/**'],
    rules: restrict(FRAMEWORK, { ...APP, message: 'lib/ never imports from app/.' }),
  },
  {
    files: ['app/**', 'lib/cli/**', 'proxy.ts', 'instrumentation.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: restrict({ ...DATABASE, message: 'Pages, API routes and the CLI reach the database through lib/services.' }),
  },
  {
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' } } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // no file cycles: a module and what it imports form a tree
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
]

export default config
