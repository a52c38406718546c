// Lint: typescript-eslint's recommended rules, plus the module boundaries the
// README's Layout section describes; formatting is prettier's job.
// test/unit/boundaries.test.ts shows each boundary rule firing.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Only src/store talks to SQLite. */
const SQLITE = {
  name: 'better-sqlite3',
  message: 'only src/store opens SQLite; ask a store repository instead',
};

/** Only src/store/pg talks to PostgreSQL (docs/postgres.md). */
const POSTGRES = {
  name: 'pg',
  message: 'only src/store/pg talks to PostgreSQL; ask a store repository instead',
};

/** The domain is pure: no storage, output, prompts, files, commands or process. */
const DOMAIN_PATTERNS = [
  {
    regex: '(^|/)(store|render|prompt|io|commands|cli|playbooks|i18n)(/|$)|(^|/)(context|cli)\\.js$',
    message:
      'src/domain is pure: it imports nothing from store, render, prompt, io, playbooks, i18n, commands or cli (it returns keys; render words them, docs/i18n.md)',
  },
  { regex: '^node:', message: 'src/domain is pure: no file system, process or other Node I/O' },
];

/** io turns bytes into rows and rows into files: no command context, storage, output or prompts. */
const IO_PATTERNS = [
  {
    regex: '(^|/)(store|render|prompt|commands|cli|playbooks|config)(/|$)|(^|/)(context|cli)\\.js$',
    message:
      'src/io knows files and CSV only: it imports nothing from store, render, prompt, playbooks, config, commands, cli or context',
  },
];

/** A string or template that starts like a SQL statement. */
const SQL_START =
  '/^\\s*(SELECT|INSERT\\s+INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM|CREATE\\s|DROP\\s|ALTER\\s+TABLE|PRAGMA\\s)/';
const SQL_MESSAGE = 'SQL belongs in src/store (the only module that knows SQL and column names)';
const NO_SQL = [
  { selector: `Literal[value=${SQL_START}]`, message: SQL_MESSAGE },
  { selector: `TemplateLiteral > TemplateElement:first-child[value.raw=${SQL_START}]`, message: SQL_MESSAGE },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/store/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [SQLITE, POSTGRES] }],
      'no-restricted-syntax': ['error', ...NO_SQL],
    },
  },
  {
    files: ['src/io/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [SQLITE, POSTGRES], patterns: IO_PATTERNS }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [SQLITE, POSTGRES], patterns: DOMAIN_PATTERNS }],
      // A dynamic import() would slip past no-restricted-imports; the domain has no reason to load lazily.
      'no-restricted-syntax': [
        'error',
        ...NO_SQL,
        { selector: 'ImportExpression', message: 'src/domain is pure: no dynamic import()' },
      ],
    },
  },
);
