// Until the agreement runner lands, the demo prints the contract as the catalog sees it.
import { STATUSES, STATUS_LIST, errorCatalog, isErrorStatus } from '@monitorqa/errors';

const rows = STATUS_LIST.map((status) => ({
  status: `${status} ${STATUSES[status].reason}`,
  class: STATUSES[status].class,
  retryable: STATUSES[status].retryable ? 'yes' : '',
  codes: isErrorStatus(status) ? errorCatalog.codesFor(status).join(', ') : '',
}));
console.table(rows);
