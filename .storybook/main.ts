import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Fixtures stand in for the API: stories never touch the network.
  staticDirs: [{ from: '../stories/fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      resolve: { conditions: ['npt-source', 'browser', 'module', 'import', 'default'] },
      // Lit decorators need the legacy (experimental) form; see tsconfig.json.
      esbuild: { tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } },
    });
  },
};
export default config;
