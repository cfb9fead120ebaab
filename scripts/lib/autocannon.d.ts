// The part of autocannon 8's API that scripts/load.ts uses (the package ships no types).
declare module 'autocannon' {
  export interface Histogram {
    average: number
    mean: number
    stddev: number
    min: number
    max: number
    total: number
    p50: number
    p90: number
    p99: number
  }

  export interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    /** returns the request to send (a falsy value restarts the client's sequence) */
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void
  }

  export interface Client {
    setRequests(requests: Request[]): void
  }

  export interface Options {
    url: string
    connections?: number
    /** seconds */
    duration?: number
    /** seconds before a request counts as timed out (default 10) */
    timeout?: number
    requests?: Request[]
    setupClient?: (client: Client) => void
  }

  export interface Result {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    /** seconds */
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    mismatches: number
    statusCodeStats: Record<string, { count: number }>
  }

  export interface Instance extends PromiseLike<Result> {
    stop(): void
  }

  export default function autocannon(options: Options): Instance
}
