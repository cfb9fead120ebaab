import { NotFoundNotice } from '@/app/_components/not-found-notice'

export default function ComparisonNotFound() {
  return <NotFoundNotice kind="comparison" />
}
