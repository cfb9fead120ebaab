/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and large server-only modules are loaded by Node at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pinyin-pro'],
  poweredByHeader: false,
}

export default nextConfig
