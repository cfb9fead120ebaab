import { NotFoundNotice } from '@/app/_components/not-found-notice'

export default function StatementNotFound() {
  return <NotFoundNotice kind="statement" />
}
