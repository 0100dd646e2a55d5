// autocannon ships no types and @types/autocannon is not installed: the part of its API the bench uses.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface Options {
      url: string;
      method?: 'GET' | 'POST';
      headers?: Record<string, string>;
      body?: string;
      connections?: number;
      duration?: number;
      pipelining?: number;
      timeout?: number;
      /** Responses whose body differs are counted in `mismatches`. */
      expectBody?: string;
      /** Responses for which it returns false are counted in `mismatches`. */
      verifyBody?: (body: string) => boolean;
      /** A sequence of requests each connection goes through; setupRequest may change one before it is sent. */
      requests?: { setupRequest?: (request: Request) => Request }[];
    }

    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
    }

    interface Result {
      /** Seconds. */
      duration: number;
      requests: { total: number; sent: number };
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
    }

    interface Instance extends EventEmitter {
      stop(): void;
      on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): this;
    }
  }

  function autocannon(options: autocannon.Options, callback: (error: Error | null, result: autocannon.Result) => void): autocannon.Instance;

  export = autocannon;
}
