// Builds the application: middleware, one route module per resource, one error path.
import { Hono } from 'hono';
import { identifyStaff } from './auth/middleware';
import type { Deps } from './deps';
import type { AppEnv } from './http/env';
import { canonicalPath } from './http/canonicalPath';
import { refuseNulInUrl } from './http/hostileInput';
import { noStoreByDefault } from './http/noStore';
import { apiNotFound, onError } from './http/onError';
import { sameOriginWrites } from './http/sameOrigin';
import { serveClient } from './http/staticFiles';
import { securityHeaders } from './http/securityHeaders';
import { authRoutes } from './routes/auth';
import { checkinRoutes } from './routes/checkins';
import { geoRoutes } from './routes/geo';
import { healthRoutes } from './routes/health';
import { meetingRoutes } from './routes/meetings';
import { hotPublicReads } from './routes/publicMeetings';
import { userRoutes } from './routes/users';
import { meetingRegistrationRoutes, registrationRoutes } from './routes/registrations';
import { sessionRoutes } from './routes/sessions';
import { teamRoutes } from './routes/team';
import { outboxRoutes } from './routes/outbox';
import { meetingReportRoutes, reportRoutes } from './routes/reports';
import { feedbackRoutes } from './routes/feedback';
import { proposalRoutes } from './routes/proposals';
import { programmeRoutes } from './routes/programmes';
import { meetingSupportRoutes, registrationSupportRoutes } from './routes/support';

export interface AppOptions {
  /** Serve the built PWA from this folder (omitted in API-only tests). */
  clientDir?: string;
}

export function createApp(deps: Deps, options: AppOptions = {}) {
  const app = new Hono<AppEnv>({ getPath: canonicalPath });
  // Before everything else: what every phone asks when a window opens (see publicMeetings.ts).
  app.get('/api/meetings', hotPublicReads(deps));
  app.get('/api/meetings/:slug', hotPublicReads(deps));
  app.use('*', securityHeaders());

  const api = new Hono<AppEnv>();
  api.use('*', refuseNulInUrl());
  api.use('*', noStoreByDefault());
  api.use('*', identifyStaff(deps));
  api.use('*', sameOriginWrites(deps.config));
  api.route('/health', healthRoutes(deps));
  api.route('/auth', authRoutes(deps));
  api.route('/auth/sessions', sessionRoutes(deps));
  api.route('/users', userRoutes(deps));
  api.route('/geo', geoRoutes());
  api.route('/meetings', meetingRoutes(deps));
  api.route('/meetings/:slug', meetingRegistrationRoutes(deps));
  api.route('/meetings/:slug', checkinRoutes(deps));
  api.route('/meetings/:slug', outboxRoutes(deps));
  api.route('/meetings/:slug', meetingReportRoutes(deps));
  api.route('/meetings/:slug', feedbackRoutes(deps));
  api.route('/registrations', registrationRoutes(deps));
  api.route('/registrations', registrationSupportRoutes(deps));
  api.route('/meetings/:slug', meetingSupportRoutes(deps));
  api.route('/meetings/:slug', teamRoutes(deps));
  api.route('/reports', reportRoutes(deps));
  api.route('/proposals', proposalRoutes(deps));
  api.route('/programmes', programmeRoutes(deps));
  api.notFound(apiNotFound);
  api.onError(onError);

  app.route('/api', api);
  if (options.clientDir) app.use('*', serveClient(options.clientDir));
  app.notFound(apiNotFound);
  app.onError(onError);
  return app;
}

export type App = ReturnType<typeof createApp>;
