import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', '.data/**', '.scratch/**', 'lib/db/generated/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Data flows route → service in lib/ → Prisma: nothing outside lib/ (and the
    // scripts and tests that set up databases) talks to the database directly.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/db/client', '@/lib/db/generated/client', '@prisma/client', '@prisma/*', 'pg'], message: 'Only services in lib/ talk to the database.' },
          ],
        },
      ],
    },
  },
]

export default config
