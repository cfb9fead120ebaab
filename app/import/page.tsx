import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { adminState } from '@/app/_lib/auth'
import { getEnv } from '@/lib/env'
import { PARTIES } from '@/lib/parties/gazetteer'
import { ImportForm } from './_components/import-form'

export const metadata: Metadata = { title: 'Import statements', robots: { index: false } }

export default async function ImportPage() {
  await connection()
  const state = await adminState()
  const maxMb = Math.round(getEnv().maxImportBytes / 1024 / 1024)
  return (
    <div className="space-y-5">
      <section className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Import statements</h1>
        <p className="text-stone-700">
          Upload PDF, Word (.docx), web pages (.html) or text files — Chinese or English, in UTF-8, UTF-16 or GB18030 — or paste the text. A
          file may hold several statements. You see what Tongwen found, and can correct it, before anything is saved; each file is saved
          whole or not at all.
        </p>
      </section>
      {!state.enabled ? (
        <p className="max-w-3xl rounded-lg border border-orange-300 bg-white p-4">
          Writing is switched off on this server: it has no admin token. Set <code>ADMIN_TOKEN</code>, or start it with{' '}
          <code>npm start</code>, which makes one. The command line (<code>npm run cli -- import</code>) needs no token.
        </p>
      ) : !state.admin ? (
        <p className="max-w-3xl rounded-lg border border-stone-200 bg-white p-4">
          Importing needs the admin token.{' '}
          <Link href="/login?next=/import" className="text-blue-800 underline underline-offset-2">
            Sign in as admin
          </Link>{' '}
          (the link <code>npm start</code> prints signs you in), or use <code>npm run cli -- import</code>.
        </p>
      ) : (
        <ImportForm
          csrf={state.csrf ?? ''}
          maxMb={maxMb}
          parties={PARTIES.map((p) => ({ code: p.code, name: `${p.nameEn} ${p.nameZh}` }))}
        />
      )}
    </div>
  )
}
