/**
 * The Content-Security-Policy of every page. Next's own inline scripts (the
 * page's data for hydration) need 'unsafe-inline' without per-request nonces;
 * what matters most here is what the policy forbids: framing by other sites
 * (clickjacking the admin's forms), plugins, other sites' scripts, a <base>
 * that moves links, and forms posting elsewhere.
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The page tests build into their own folder, so they never replace the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and large server-only modules are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    '@prisma/adapter-libsql',
    '@libsql/client',
    'libsql',
    'pinyin-pro',
    'pdfjs-dist',
    'mammoth',
    'linkedom',
    '@mozilla/readability',
    '@node-rs/jieba',
  ],
  poweredByHeader: false,
  // The build does not type-check: `npm run typecheck` does, in CI (.ci/run) and
  // before every commit, and on a first `npm start` it was half the build's time.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ]
  },
}

export default nextConfig
