/** @type {import('next').NextConfig} */
const nextConfig = {
  // The page tests build into their own folder, so they never replace the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and large server-only modules are loaded by Node at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pinyin-pro', 'pdfjs-dist', 'mammoth', 'linkedom', '@mozilla/readability'],
  poweredByHeader: false,
}

export default nextConfig
