import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dashboard: built into web/dist, served by the API server at `/`. `vite --config
 * web/vite.config.ts` serves it for development and forwards the API to a local server.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: true })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': { target: process.env.CLOUDDIAGNOZE_API ?? 'http://127.0.0.1:8080' },
      '/openapi.json': { target: process.env.CLOUDDIAGNOZE_API ?? 'http://127.0.0.1:8080' },
    },
  },
});
