import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { runInContext } from '../context/request-context';

const API_PATHS = /^\/(graphql|api|health|ready)(\/|$)/;

/** HTTP concerns shared by the API process and tests: request context, body limits, the SPA. */
export function configureHttpApp(app: INestApplication, options: { webDistDir?: string } = {}): void {
  const http = app.getHttpAdapter().getInstance() as express.Express;
  // Behind the SPA's dev proxy or a local reverse proxy, the client address is in X-Forwarded-For.
  http.set('trust proxy', 'loopback');
  http.disable('x-powered-by');
  // No ETag on API answers: GraphQL goes by POST, which no cache revalidates, yet Express hashed every
  // answer to make one (about 1% of the API's CPU on the order board). The SPA's files keep theirs
  // (express.static makes its own).
  http.set('etag', false);
  app.use((req: Request, _res: Response, next: NextFunction) => runInContext({ ip: req.ip }, next));
  app.use(express.json({ limit: '2mb' }));
  const dist = options.webDistDir;
  if (dist && existsSync(join(dist, 'index.html'))) {
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    // Client-side routes (/customers/123) get the SPA; API paths fall through to their handlers.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
      res.sendFile(join(dist, 'index.html'));
    });
  }
  app.enableShutdownHooks();
}
