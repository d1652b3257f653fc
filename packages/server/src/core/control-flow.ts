// Values a framework throws through a handler to steer its own rendering, not errors: Next.js's
// notFound(), redirect(), forbidden(), unauthorized() and its dynamic-rendering bail-outs carry a
// `digest` Next reads back; React's postpone has its own tag. Turning them into a 500 would break
// the framework, so the adapters hand them back untouched.
const DIGESTS = new Set(['DYNAMIC_SERVER_USAGE', 'BAILOUT_TO_CLIENT_SIDE_RENDERING', 'HANGING_PROMISE_REJECTION']);
const POSTPONE = Symbol.for('react.postpone');

/** Whether a thrown value is a framework's control flow that must pass through. */
export function isFrameworkControlFlow(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  try {
    const { digest } = error as { digest?: unknown };
    if (typeof digest === 'string') return digest.startsWith('NEXT_') || DIGESTS.has(digest);
    return (error as { $$typeof?: unknown }).$$typeof === POSTPONE;
  } catch {
    return false;
  }
}
