// The device database's public face: one accessor module per store.
export { getDb, DB_NAME, DB_VERSION, type LiqaDB } from './db';
export * as outboxStore from './outbox';
export * as registrationStore from './registrations';
export { getMeta, setMeta, deleteMeta } from './meta';
export type * from './types';
