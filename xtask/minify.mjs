// Minifies the single file's inline script or style for release builds:
//   node xtask/minify.mjs js|css < in > out
// The tools are the npm packages pinned in package-lock.json (terser, csso),
// run by `cargo xtask build` (xtask/src/build.rs) on the text it is about to
// inline; the CSP hash is computed afterwards, over the minified text.
import { minify as minifyJs } from 'terser';
import { minify as minifyCss } from 'csso';

const kind = process.argv[2];
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const source = Buffer.concat(chunks).toString('utf8');

if (kind === 'js') {
  // A module script: top-level names are private to it, so they may be
  // mangled too; top-level await is allowed. `ascii_only` stays off so that
  // non-ASCII text is not inflated into escapes.
  const out = await minifyJs(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  process.stdout.write(out.code);
} else if (kind === 'css') {
  // No restructuring: rules keep their order, so the cascade is unchanged.
  process.stdout.write(minifyCss(source, { restructure: false, comments: false }).css);
} else {
  console.error('usage: node xtask/minify.mjs js|css < in > out');
  process.exit(2);
}
