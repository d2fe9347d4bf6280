/**
 * One request handler per service: home, api, or both behind the load balancer's path rule.
 *
 * `all` (the local default) picks the service with `serviceFor`, the same function the
 * CloudFormation listener rules are tested against, on the raw request path as the ALB sees it.
 * Within a service, unknown paths and methods are 404 and 405 (createRouterHandler).
 */
import type { Handler } from '../http/context.ts';
import { createRouter, type Route } from '../http/router.ts';
import { createRouterHandler } from '../http/dispatch.ts';
import { serviceFor, type ServiceName } from './service-for-path.ts';
import { targetPath } from '../http/request-url.ts';

export type ServiceChoice = ServiceName | 'all';

/** The handler for one service, or for both with the ALB's path rule. */
export function serviceHandler(choice: ServiceChoice, routes: Readonly<Record<ServiceName, readonly Route[]>>): Handler {
  if (choice !== 'all') return createRouterHandler(createRouter(routes[choice]));
  const home = createRouterHandler(createRouter(routes.home));
  const api = createRouterHandler(createRouter(routes.api));
  return (ctx) => (serviceFor(targetPath(ctx.req.url ?? '/')) === 'api' ? api(ctx) : home(ctx));
}
