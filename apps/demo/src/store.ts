import type { Monitor, MonitorInput } from './monitor.js';

/** Where monitors live. The demo keeps them in memory; a service would use a database. */
export interface MonitorStore {
  list(): Promise<Monitor[]>;
  get(id: string): Promise<Monitor | undefined>;
  findByName(name: string): Promise<Monitor | undefined>;
  create(input: MonitorInput): Promise<Monitor>;
  update(id: string, input: MonitorInput): Promise<Monitor | undefined>;
  delete(id: string): Promise<boolean>;
}

/** A store in a `Map`. */
export function memoryStore(): MonitorStore {
  const monitors = new Map<string, Monitor>();
  let next = 1;
  return {
    list: () => Promise.resolve([...monitors.values()]),
    get: (id) => Promise.resolve(monitors.get(id)),
    findByName: (name) => Promise.resolve([...monitors.values()].find((m) => m.name === name)),
    create: (input) => {
      const monitor = { id: String(next++), ...input };
      monitors.set(monitor.id, monitor);
      return Promise.resolve(monitor);
    },
    update: (id, input) => {
      if (!monitors.has(id)) return Promise.resolve(undefined);
      const monitor = { id, ...input };
      monitors.set(id, monitor);
      return Promise.resolve(monitor);
    },
    delete: (id) => Promise.resolve(monitors.delete(id)),
  };
}
