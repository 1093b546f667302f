/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

suite('smoke', () => {
  test('workspace is open', () => {
    assert.ok(vscode.workspace.workspaceFolders?.length, 'no workspace folder');
  });
});
