/**
 * A reader's changes to a statement's metadata (in an import's preview, or
 * later on the statement's page), checked before they reach the database.
 * Parties are written as a reader would: codes or names, in Chinese or
 * English, separated by commas ("china, 吉尔吉斯斯坦, the Republic of Tajikistan").
 */
import { z } from 'zod'
import { findPartyByChineseName, findPartyByCode, findPartyByEnglishName } from '@/lib/parties/gazetteer'
import { STATEMENT_KINDS, SUBTITLE_MAX, type StatementKind } from '@/lib/vocab/statement-kinds'

export const KINDS: readonly StatementKind[] = STATEMENT_KINDS

export interface StatementEditFields {
  skip?: boolean
  title?: string
  subtitle?: string | null
  kind?: StatementKind
  date?: string | null
  place?: string | null
  speaker?: string | null
  parties?: string[]
}

/** "china, 吉尔吉斯斯坦, Republic of Tajikistan" → gazetteer codes, or zh:/en: names for parties it does not know. */
export function partyCodes(text: string): string[] {
  const codes = text
    .split(/[,，、;；]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map(
      (part) =>
        findPartyByCode(part.toLowerCase())?.code ??
        findPartyByChineseName(part)?.code ??
        findPartyByEnglishName(part)?.code ??
        (/\p{Script=Han}/u.test(part) ? `zh:${part}` : `en:${part}`),
    )
  return [...new Set(codes)]
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || null)
    .nullable()
    .optional()

const schema = z.object({
  skip: z.boolean().optional(),
  title: z.string().trim().min(1, 'title').max(300, 'title').optional(),
  subtitle: optionalText(SUBTITLE_MAX),
  kind: z.enum(KINDS as [StatementKind, ...StatementKind[]]).optional(),
  date: z
    .string()
    .trim()
    .refine(
      (value) =>
        value === '' ||
        (/^\d{4}-\d{2}-\d{2}$/.test(value) &&
          !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
          new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)),
      'date',
    )
    .transform((value) => value || null)
    .nullable()
    .optional(),
  place: optionalText(100),
  speaker: optionalText(100),
  parties: z
    .union([z.string().max(500), z.array(z.string().max(100)).max(20)])
    .transform((value) => (Array.isArray(value) ? partyCodes(value.join(',')) : partyCodes(value)))
    .optional(),
})

const HINTS: Record<string, string> = {
  title: 'a title of 1 to 300 characters',
  subtitle: `at most ${SUBTITLE_MAX} characters`,
  kind: KINDS.join(', '),
  date: 'a date as YYYY-MM-DD, or nothing for unknown',
  place: 'at most 100 characters',
  speaker: 'at most 100 characters',
  parties: 'party names or codes separated by commas',
  skip: 'true or false',
}

/**
 * A checked edit, or one sentence naming what is wrong.
 * @example parseStatementEdit({ date: '2019-06-13', parties: 'china, kyrgyzstan' }) // { ok: true, edit: { date: '2019-06-13', parties: ['china', 'kyrgyzstan'] } }
 */
export function parseStatementEdit(input: unknown): { ok: true; edit: StatementEditFields } | { ok: false; error: string } {
  const parsed = schema.safeParse(input)
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'field')
    return { ok: false, error: `Invalid ${field}: use ${HINTS[field] ?? 'a valid value'}.` }
  }
  return {
    ok: true,
    edit: Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined)) as StatementEditFields,
  }
}
