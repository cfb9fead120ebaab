/** Display labels shared by pages. */
import type { PartySummary } from '@/lib/db/statements'

const KIND_LABELS: Record<string, string> = {
  'joint-statement': 'Joint statement',
  'joint-declaration': 'Joint declaration',
  communique: 'Communiqué',
  speech: 'Speech',
  statement: 'Statement',
}

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind
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
