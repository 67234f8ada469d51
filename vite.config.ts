// Builds the renderer into dist/renderer. Relative asset paths (`base: './'`) because Electron
// loads the page from file://, and the browser-mode host serves the same files.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // One bundle read from disk, never downloaded: its size matters little, a split would add nothing.
    chunkSizeWarningLimit: 1500,
  },
});
