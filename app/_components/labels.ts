/** Display labels shared by pages. */
import type { PartySummary } from '@/lib/db/statements'
import { KIND_LABELS, type StatementKind } from '@/lib/vocab/statement-kinds'

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as StatementKind] ?? kind
}

/** "China–Kyrgyzstan", or the speaker for a speech: "习近平 (China)". */
export function whoLabel(statement: { speaker: string | null; parties: PartySummary[] }): string {
  const parties = statement.parties.map((p) => p.nameEn).join('–')
  if (statement.speaker) return parties ? `${statement.speaker} (${parties})` : statement.speaker
  return parties || '—'
}

export function dateLabel(date: string | null): string {
  return date ?? 'undated'
}
