// Entry point of dist/server.js: `node dist/server.js --stdio` (or --node-ipc, as VS Code starts it).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

// Last line of defence: log and keep serving. Handlers are guarded already; this catches timers and
// callbacks outside them.
process.on('uncaughtException', (error) => connection.console.error(`Bulletproof: uncaught ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Bulletproof: unhandled rejection ${String(reason)}`));

startServer(connection);
