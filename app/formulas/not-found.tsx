import { NotFoundNotice } from '@/app/_components/not-found-notice'

/** The formulas of a statement that does not exist (/formulas?statement=…). */
export default function FormulasNotFound() {
  return <NotFoundNotice kind="statement-formulas" />
}
