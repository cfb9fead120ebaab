import { NotFoundNotice } from '@/app/_components/not-found-notice'

export default function CollationNotFound() {
  return <NotFoundNotice kind="collation" />
}
