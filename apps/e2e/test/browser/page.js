// Runs in Chromium, on its own origin: the client's ESM build against the demo API on another.
import { createClient, isApiError, isTransportError, parseResponse } from '/client.js';

const valid = { name: 'api', kind: 'http', url: 'https://api.monitorqa.example/health', interval: 60 };

async function outcome(call) {
  try {
    const value = await call();
    return { ok: true, value };
  } catch (error) {
    if (isApiError(error))
      return {
        ok: false,
        status: error.status,
        code: error.code,
        message: error.message,
        requestId: error.response?.requestId ?? null,
        retryAfter: error.retryAfter ?? null,
        fromContract: error.response?.fromContract ?? null,
      };
    return { ok: false, transport: isTransportError(error) ? error.kind : String(error) };
  }
}

window.runScenarios = async (api, deadUrl) => {
  const attempts = [];
  const retry = { baseDelay: 20, onAttempt: (a) => attempts.push({ at: performance.now(), outcome: a.outcome }) };
  const admin = createClient({ baseUrl: api, apiKey: 'demo-admin-key', retry });
  const reader = createClient({ baseUrl: api, apiKey: 'demo-read-key', retry });
  const anonymous = createClient({ baseUrl: api, retry });
  const results = {};
  const created = await admin.request('POST', '/monitors', { body: valid });
  results[201] = { status: created.status, location: created.location, id: created.data.id };
  results[200] = await outcome(() => admin.get(`/monitors/${created.data.id}`));
  results[400] = await outcome(async () =>
    parseResponse(
      await fetch(`${api}/monitors`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': 'demo-admin-key' },
        body: '{"name":',
      }),
    ),
  );
  results[401] = await outcome(() => anonymous.get('/monitors'));
  results[403] = await outcome(() => reader.post('/monitors', { ...valid, name: 'other' }));
  results[404] = await outcome(() => admin.get('/monitors/999'));
  results[409] = await outcome(() => admin.post('/monitors', valid));
  results[422] = await outcome(() => admin.post('/monitors', { ...valid, name: 'fast', interval: 5 }));
  const tcp = await admin.post('/monitors', { ...valid, name: 'db', kind: 'tcp' });
  results[500] = await outcome(() => admin.post(`/monitors/${tcp.id}/check`, undefined, { idempotencyKey: 'crash-1' }));
  const down = await admin.post('/monitors', { ...valid, name: 'down', url: deadUrl });
  attempts.length = 0;
  results[502] = {
    ...(await outcome(() => admin.post(`/monitors/${down.id}/check`, undefined, { idempotencyKey: 'down-1' }))),
    attempts: attempts.length,
  };
  await admin.put('/admin/maintenance', { on: true });
  attempts.length = 0;
  results[503] = { ...(await outcome(() => admin.get('/monitors'))), attempts: attempts.map((a) => a.at) };
  await admin.put('/admin/maintenance', { on: false });
  results[204] = await outcome(() => admin.delete(`/monitors/${created.data.id}`));
  return results;
};
// Same origin: a relative base URL, and a gateway's 502 page (no envelope, no X-Request-Id).
window.runSameOrigin = async () => {
  let attempts = 0;
  const api = createClient({ baseUrl: '/api', retry: { baseDelay: 10, onAttempt: (a) => (attempts = a.attempt) } });
  const relative = await outcome(() => api.get('/monitors/1', { query: { ids: [1, 2] } }));
  const gateway = { ...(await outcome(() => api.get('/down'))), attempts };
  return { relative, gateway };
};

// Another origin whose gateway answers without CORS headers: the browser gives the page no answer at all.
window.runCrossOriginGateway = async (origin) => {
  let attempts = 0;
  const api = createClient({ baseUrl: origin, retry: { baseDelay: 10, onAttempt: (a) => (attempts = a.attempt) } });
  try {
    await api.get('/monitors');
    return { ok: true };
  } catch (error) {
    if (!isTransportError(error)) return { ok: false, unexpected: String(error) };
    return { ok: false, transport: error.kind, message: error.message, requestId: error.requestId, attempts };
  }
};
window.ready = true;
