// Paths no route handler serves: the envelope, not Next's HTML 404 page.
import { notFoundError, withErrors } from '../../../../dist/web.js';

const missing = withErrors((request) => {
  throw notFoundError(request);
});
export { missing as GET, missing as POST, missing as PUT, missing as PATCH, missing as DELETE };
