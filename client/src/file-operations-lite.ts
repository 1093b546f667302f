// vscode-languageclient registers six file-operation features in every client (didCreate/
// willCreate, didRename/willRename, didDelete/willDelete of workspace files): 7 KB of
// dist/extension.js. Persian QA's server offers no workspace.fileOperations capability and
// registers none, so the real features would claim the client capability and then stay idle.
// esbuild.mjs resolves the client's "./fileOperations" here: the six classes the client takes
// from it, each a dynamic feature that asks for no capability and takes no registration.
// test/file-operations-lite.test.ts checks they keep the shape and methods of the real ones.

import { idleFeature } from './idle-features';

/** The LSP 3.17 methods of the six features, in the order the client registers them. */
export const FILE_OPERATION_METHODS = {
  DidCreateFilesFeature: 'workspace/didCreateFiles',
  DidRenameFilesFeature: 'workspace/didRenameFiles',
  DidDeleteFilesFeature: 'workspace/didDeleteFiles',
  WillCreateFilesFeature: 'workspace/willCreateFiles',
  WillRenameFilesFeature: 'workspace/willRenameFiles',
  WillDeleteFilesFeature: 'workspace/willDeleteFiles',
} as const;

export const DidCreateFilesFeature = idleFeature(FILE_OPERATION_METHODS.DidCreateFilesFeature, 'workspace');
export const DidRenameFilesFeature = idleFeature(FILE_OPERATION_METHODS.DidRenameFilesFeature, 'workspace');
export const DidDeleteFilesFeature = idleFeature(FILE_OPERATION_METHODS.DidDeleteFilesFeature, 'workspace');
export const WillCreateFilesFeature = idleFeature(FILE_OPERATION_METHODS.WillCreateFilesFeature, 'workspace');
export const WillRenameFilesFeature = idleFeature(FILE_OPERATION_METHODS.WillRenameFilesFeature, 'workspace');
export const WillDeleteFilesFeature = idleFeature(FILE_OPERATION_METHODS.WillDeleteFilesFeature, 'workspace');
