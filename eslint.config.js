// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import { readdirSync } from 'node:fs';

/** Every provider folder: each is fenced from every other, in providers/ and in checks/. */
const providerIds = readdirSync('./src/providers', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const providerFences = providerIds.flatMap((id) =>
  providerIds
    .filter((other) => other !== id)
    .flatMap((other) => [
      {
        target: `./src/providers/${id}`,
        from: `./src/providers/${other}`,
        message: 'a provider never imports another',
      },
      {
        target: `./src/checks/${id}`,
        from: [`./src/providers/${other}`, `./src/checks/${other}`],
        message: "a provider's checks read their own provider's snapshots only",
      },
    ]),
);

/** Layering rules (DESIGN.md §6): arrows point inward. */
const layers = [
  // core knows nothing of ours
  {
    target: './src/core',
    from: './src',
    except: ['./core'],
    message: 'core imports nothing of ours',
  },
  // providers and checks know core only; a provider never imports another provider
  {
    target: './src/providers',
    from: './src',
    except: ['./core', './providers', './lib'],
    message: 'providers import core and lib only',
  },
  ...providerFences,
  {
    target: './src/checks',
    from: './src',
    except: ['./core', './checks', './lib', './providers'],
    message: "checks import core, and the scanners' snapshot types",
  },
  { target: './src/lib', from: './src', except: ['./lib'], message: 'lib has no domain knowledge' },
  {
    target: './src/interop',
    from: './src',
    except: ['./core', './interop', './lib'],
    message: 'import and export formats know core only',
  },
  {
    target: './src/reports',
    from: './src',
    except: ['./core', './reports', './lib'],
    message: 'report builders know core only',
  },
  {
    target: './src/storage',
    from: './src',
    except: ['./core', './storage', './lib'],
    message: 'storage adapters know core only',
  },
  {
    target: './src/queue',
    from: './src',
    except: ['./core', './queue', './lib', './storage'],
    message: 'queue adapters know core (and the embedded store) only',
  },
  {
    target: './src/pipeline',
    from: './src',
    except: ['./core', './pipeline', './lib'],
    message: 'the event pipeline and sinks know core only',
  },
  {
    target: './src/scanning',
    from: './src',
    except: [
      './core',
      './scanning',
      './lib',
      './checks',
      './pipeline/pipeline.ts',
      './pipeline/sinks/names.ts',
      // The registry's default: the build's provider list, never one provider by name.
      './providers/index.ts',
    ],
    message: 'scanning is generic: it reaches providers through the registry only',
  },
  {
    target: './src/workers',
    from: './src',
    except: ['./core', './workers', './lib', './scanning'],
    message: 'workers run units through scanning; adapters come from the composition root',
  },
  {
    target: './src/api',
    from: './src',
    except: [
      './core',
      './api',
      './lib',
      './scanning',
      './checks',
      './interop',
      './reports',
      './observability',
      './pipeline/sinks/names.ts',
      './pipeline/delivery.ts',
    ],
    message: 'the API validates, enqueues and reads; it builds no adapter and names no provider',
  },
  {
    target: './src/config',
    from: './src',
    except: ['./core', './config', './lib', './pipeline/sinks/names.ts', './scanning/request.ts'],
    message: 'configuration parses settings; it opens nothing',
  },
  {
    target: './src/observability',
    from: './src',
    except: ['./core', './observability', './lib'],
    message: 'observability knows core only',
  },
  {
    target: './web/src',
    from: './src',
    message: 'the dashboard talks to the API over HTTP only',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'web/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // Sources import `./x.js` for `./x.ts` (NodeNext): resolve them so the layer rules can see them.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js'],
          extensionAlias: { '.js': ['.ts', '.js'] },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests compose real adapters (a store, a queue) like a composition root: the layers bind the product code.
    files: ['src/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    ignores: [
      'src/**/*.test.ts',
      'src/**/*.conformance.ts',
      'src/**/testing/**',
      'src/**/fixtures/**',
      'src/**/test-support.ts',
    ],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layers }] },
  },
  {
    files: ['src/checks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aws-sdk/*', '@google-cloud/*', '@azure/*'],
              message: 'checks never call a cloud SDK',
            },
            {
              // A regex: with gitignore-style groups, a file under an excluded folder cannot be re-included.
              // The AWS policy language module is pure code both the extractors and the checks read.
              regex:
                '(^|/)providers/(?![a-z0-9-]+/services/[a-z0-9-]+/model\\.js$|aws/policy/[a-z0-9-]+\\.js$)',
              message:
                "checks read only the scanners' normalized snapshot types (model.ts) and the pure AWS policy module",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  prettier,
);
