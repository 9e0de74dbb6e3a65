// autocannon ships no types and @types/autocannon is not in the catalog: the part the bench uses.
declare module 'autocannon' {
  export type Request = {
    method?: 'GET' | 'POST';
    path: string;
    headers?: Record<string, string>;
    /** Called before each request is sent: the request to send instead (a new address each time). */
    setupRequest?: (request: Request, context: unknown) => Request;
    /** Called with each answer's status, body (as text), context and headers (names as sent). */
    onResponse?: (status: number, body: string, context: unknown, headers: Record<string, unknown>) => void;
  };
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number; total: number };
  export type Result = {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    '3xx': number;
    duration: number;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    pipelining?: number;
    requests?: Request[];
  };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
