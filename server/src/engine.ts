import { createRequire } from 'node:module';
import type * as EngineModule from '../engine/index';

type Engine = typeof EngineModule;
let loaded: Engine | undefined;

/**
 * The engine bundle (dist/engine.js) loaded beside the running bundle: the server, the CLI and
 * its workers share one copy instead of each embedding it, which keeps dist/ within its 1 MB.
 * It is loaded on first use, not with the server: its lexicons take about half of the server's
 * start-up, and the server answers `initialize` (which starts the editor's client) without it.
 */
export const engine: Engine = new Proxy({} as Engine, {
  get: (_, key) => (loaded ??= createRequire(__filename)('./engine.js') as Engine)[key as keyof Engine],
});
