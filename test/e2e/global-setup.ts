import { buildAppForTests } from '../helpers/app-server'

/** Builds the app once (or reuses a current build) before the page tests. */
export default function setup(): void {
  buildAppForTests()
}
