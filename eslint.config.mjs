import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const PURE_STAGES = ['lib/text/**', 'lib/parties/**', 'lib/ingest/**', 'lib/align/**', 'lib/diff/**', 'lib/compare/**', 'lib/eval/**', 'lib/formulas/**', 'lib/formats/**', 'lib/scale/**', 'lib/search/**']

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next*/**', 'node_modules/**', 'lib/generated/**', 'next-env.d.ts', 'artifacts/**'] },
  {
    // The pipeline stages are pure TypeScript: no framework, no database, no environment.
    files: PURE_STAGES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['next', 'next/*', 'react', 'react-dom', 'react/*'], message: 'lib/<stage> stays free of Next.js and React.' },
            { group: ['@prisma/*', '@/lib/generated/*', '@/lib/db', '@/lib/db/*'], message: 'lib/<stage> stays free of Prisma and the database.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration in lib/env.ts and pass values down.' }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
]

export default config
