import { createRequire } from 'node:module';
import type * as EngineModule from '../engine/index';

/**
 * The engine bundle (dist/engine.js) loaded beside the running bundle: the server, the CLI and
 * its workers share one copy instead of each embedding it, which keeps dist/ within its 1 MB.
 */
export const engine: typeof EngineModule = createRequire(__filename)('./engine.js');
