// Bundles every src/*.ts entry point into one ES module each (the output directory is the first argument).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

const outdir = process.argv[2] ?? '../wwwroot/js/dist';
const entryPoints = readdirSync('src').filter(f => f.endsWith('.ts') && !f.endsWith('.d.ts')).map(f => `src/${f}`);

await build({
  entryPoints,
  outdir,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
