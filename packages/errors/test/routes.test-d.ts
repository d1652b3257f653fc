import { describe, expectTypeOf, it } from 'vitest';
import {
  defineErrorCatalog,
  defineRoutes,
  details,
  shape,
  type GeneralCode,
  type PathParams,
  type RouteError,
  type RouteErrorCode,
  type ShapeType,
} from '../src/index.js';

const catalog = defineErrorCatalog({
  MONITOR_LIMIT_REACHED: {
    status: 409,
    message: 'The monitor limit is reached.',
    details: details<{ limit: number }>(),
  },
});
interface Monitor {
  id: string;
}
const routes = defineRoutes<typeof catalog>()({
  getMonitor: { method: 'GET', path: '/monitors/:id', errors: ['RESOURCE_NOT_FOUND'], response: shape<Monitor>() },
  createMonitor: { method: 'POST', path: '/monitors', errors: ['MONITOR_LIMIT_REACHED', 'VALIDATION_FAILED'] },
});

type Always =
  GeneralCode | 'MALFORMED_REQUEST' | 'ROUTE_NOT_FOUND' | 'MISSING_API_KEY' | 'INVALID_API_KEY' | 'OVERLOADED';

describe('defineRoutes', () => {
  it('a GET answers its declared codes, the universal ones and every general code', () => {
    expectTypeOf<RouteErrorCode<typeof routes.getMonitor>>().toEqualTypeOf<'RESOURCE_NOT_FOUND' | Always>();
  });

  it('a POST also answers the body reader’s codes, and its service codes with their details', () => {
    expectTypeOf<RouteErrorCode<typeof routes.createMonitor>>().toEqualTypeOf<
      | 'MONITOR_LIMIT_REACHED'
      | 'VALIDATION_FAILED'
      | 'MALFORMED_JSON'
      | 'UNSUPPORTED_CONTENT_TYPE'
      | 'PAYLOAD_TOO_LARGE'
      | Always
    >();
    // What the catalog creates for a code the route declares is an error the route may answer.
    expectTypeOf(catalog.create('MONITOR_LIMIT_REACHED', { details: { limit: 1 } })).toExtend<
      RouteError<typeof routes.createMonitor>
    >();
    const error = {} as RouteError<typeof routes.createMonitor>;
    if (error.code === 'MONITOR_LIMIT_REACHED') expectTypeOf(error.details).toEqualTypeOf<{ limit: number }>();
  });

  it('keeps the name, method and path as literals', () => {
    expectTypeOf(routes.getMonitor.name).toEqualTypeOf<'getMonitor'>();
    expectTypeOf(routes.getMonitor.method).toEqualTypeOf<'GET'>();
    expectTypeOf<ShapeType<typeof routes.getMonitor.response>>().toEqualTypeOf<Monitor>();
  });

  it('reads path parameters', () => {
    expectTypeOf<PathParams<'/monitors/:id/checks/:checkId'>>().toEqualTypeOf<{
      readonly id: string | number;
      readonly checkId: string | number;
    }>();
    // eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- a path without parameters names none: the point of the test
    expectTypeOf<keyof PathParams<'/monitors'>>().toEqualTypeOf<never>();
  });

  it('rejects a code its catalog does not define', () => {
    defineRoutes<typeof catalog>()({
      // @ts-expect-error -- not a code of the catalog
      x: { method: 'GET', path: '/x', errors: ['NO_SUCH_CODE'] },
    });
    // @ts-expect-error -- a service code, without the service's catalog
    defineRoutes()({ x: { method: 'GET', path: '/x', errors: ['MONITOR_LIMIT_REACHED'] } });
    // @ts-expect-error -- a path starts with /
    defineRoutes()({ x: { method: 'GET', path: 'x' } });
  });
});
