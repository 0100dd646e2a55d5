import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    // Same-origin in development as in production, where the API serves the built SPA.
    proxy: Object.fromEntries(['/graphql', '/api', '/health', '/ready'].map((path) => [path, { target: API, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // antd is one large, rarely changing chunk (~380 kB gzipped with the CRM pages' calendar, steps,
    // upload and timeline); splitting it further buys nothing.
    chunkSizeWarningLimit: 1300,
    rollupOptions: {
      output: {
        // Vendor code changes far less often than ours; separate chunks stay cached across releases.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (/[\\/]node_modules[\\/](antd|@ant-design|rc-[^\\/]+|@rc-component|@babel[\\/]runtime|dayjs)[\\/]/.test(id)) return 'antd';
          return undefined;
        },
      },
    },
  },
});
