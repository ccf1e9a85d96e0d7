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

// Turbopack needs remark plugins by package name, not as imported functions (docs/toolchain.md,
// "MDX under Turbopack"); `next dev` and `next build` share this.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', ['remark-mdx-frontmatter', { name: 'frontmatter' }]],
  },
});

export default withMDX(nextConfig);
