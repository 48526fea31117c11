export { startServer, OPEN_ALIGNED } from './server.js';
export type { ServerOptions } from './server.js';
export { SERVER_VERSION } from './version.js';
