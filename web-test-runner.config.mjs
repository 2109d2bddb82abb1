// Component and browser-logic tests, in Debian's Chromium (see README "Tests").
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { testApiMiddleware } from '@npt/testing/fake-api-server';

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export default {
  files: [
    'packages/*/test/**/*.test.ts',
    '!packages/*/test/**/*.node.test.ts',
    '!packages/*/test/**/*.real-data.test.ts',
    '!packages/*/test/**/*.build.test.ts',
    '!packages/server/**',
  ],
  nodeResolve: { exportConditions: ['npt-source'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  // tsconfig is required: without it esbuild emits standard decorators and Lit throws.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [testApiMiddleware()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs },
    }),
  ],
};
