import { fileURLToPath } from 'node:url';
import createMDX from '@next/mdx';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static site any CDN can host: `next build` writes it to out/.
  output: 'export',
  // /loss-per-car/ -> out/loss-per-car/index.html would break relative fetches; keep flat .html files.
  trailingSlash: false,
  pageExtensions: ['ts', 'tsx', 'mdx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

// Turbopack needs remark plugins by package name or file path, not as imported functions (docs/toolchain.md,
// "MDX under Turbopack"); `next dev` and `next build` share this. The
// last one gives each <Scrolly> its step ids from the syntax tree (lib/chapter-model).
const scrollyStepIds = fileURLToPath(new URL('./lib/chapter-model/remark-scrolly-step-ids.mjs', import.meta.url));
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', ['remark-mdx-frontmatter', { name: 'frontmatter' }], scrollyStepIds],
  },
});

export default withMDX(nextConfig);
