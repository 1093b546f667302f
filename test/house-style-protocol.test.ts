// The house-style file seen through the language server: discovery per workspace folder,
// reload on watched-file events, the file's own diagnostics, last good configuration, and the
// "ignore" quick fixes. Speaks LSP over stdio to dist/server.js.
import { strict as assert } from 'node:assert';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { createProtocolConnection, ProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
const TIMEOUT = 10_000;
// «كتاب» has an Arabic kaf (arabic-letters), «٣» is an Arabic-Indic digit (arabic-digits).
const TEXT = 'این كتاب ٣ جلد دارد.\n';

const tmp = mkdtempSync(join(tmpdir(), 'pqa-hs-protocol-'));
const uriOf = (p: string) => pathToFileURL(p).href;

interface Client {
  conn: ProtocolConnection;
  published: PublishDiagnosticsParams[];
  logs: string[];
  until<T>(what: string, probe: () => T | undefined | false): Promise<T>;
  /** The last diagnostics published for a URI at or after publish number `since`. */
  diagnosticsOf(uri: string, since?: number): Diagnostic[] | undefined;
  close(): Promise<void>;
}

const clients: Client[] = [];
after(async () => {
  await Promise.all(clients.map((c) => c.close()));
  rmSync(tmp, { recursive: true, force: true });
});

async function start(folders: string[], opts: { createFiles?: boolean; settings?: Record<string, unknown> } = {}): Promise<Client> {
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters = new Set<() => void>();
  const poke = () => { for (const w of [...waiters]) w(); };
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += d; });
  const c = { conn, published: [], logs: [] } as unknown as Client;
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => opts.settings ?? {}));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { c.published.push(p); poke(); });
  conn.onNotification('window/logMessage', (p: { message: string }) => { c.logs.push(p.message); poke(); });
  conn.listen();
  c.until = <T>(what: string, probe: () => T | undefined | false) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const v = probe();
        if (v) { waiters.delete(check); clearTimeout(timer); resolve(v); }
      };
      const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`timed out waiting for ${what}; stderr: ${stderr}; logs: ${c.logs.join(' | ')}`)); }, TIMEOUT);
      waiters.add(check);
      check();
    });
  c.diagnosticsOf = (uri, since = 0) => {
    for (let i = c.published.length - 1; i >= since; i--) if (c.published[i].uri === uri) return c.published[i].diagnostics;
    return undefined;
  };
  c.close = async () => {
    if (child.exitCode !== null) return;
    try {
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
    } catch { /* gone */ }
    conn.dispose();
    child.kill();
  };
  const capabilities = {
    textDocument: {
      publishDiagnostics: { versionSupport: true, dataSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } }, dataSupport: true },
    },
    workspace: {
      configuration: true,
      applyEdit: true,
      workspaceFolders: true,
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true, ...(opts.createFiles ? { resourceOperations: ['create'] } : {}) },
    },
  };
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folders[0] ? uriOf(folders[0]) : null,
    workspaceFolders: folders.map((f, i) => ({ uri: uriOf(f), name: `ws${i}` })),
    locale: 'en',
    capabilities,
  });
  await conn.sendNotification('initialized', {});
  clients.push(c);
  return c;
}

const rulesIn = (ds: Diagnostic[] | undefined) => [...new Set((ds ?? []).map((d) => String(d.code)))].sort();
const open = (c: Client, uri: string, text = TEXT, languageId = 'plaintext') =>
  c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
const changed = (c: Client, path: string, type: 1 | 2 | 3 = 2) =>
  c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type }] });
/** Waits for a publish for `uri` after publish number `since` that satisfies `ok`. */
const nextFor = (c: Client, uri: string, since: number, ok: (ds: Diagnostic[]) => boolean = () => true) =>
  c.until(`diagnostics for ${uri}`, () => {
    for (let i = since; i < c.published.length; i++) if (c.published[i].uri === uri && ok(c.published[i].diagnostics)) return c.published[i].diagnostics;
    return undefined;
  });

function workspace(name: string, houseStyle?: string): { root: string; file: string; doc: string } {
  const root = join(tmp, name);
  mkdirSync(join(root, 'news'), { recursive: true });
  const file = join(root, '.persian-qa.json');
  if (houseStyle !== undefined) writeFileSync(file, houseStyle);
  return { root, file, doc: join(root, 'news', 'a.txt') };
}

describe('house style through the language server', () => {
  it('applies the nearest file, reloads it on change, reports its problems on the file, keeps the last good one', async () => {
    const ws = workspace('reload', '{ "rules": { "arabic-digits": "off" } }');
    const c = await start([ws.root]);
    const doc = uriOf(ws.doc);
    let mark = c.published.length;
    await open(c, doc);
    assert.deepEqual(rulesIn(await nextFor(c, doc, mark)), ['arabic-letters']);
    assert.deepEqual(c.diagnosticsOf(uriOf(ws.file)), [], 'a valid file is published clean');

    // The newsroom changes its mind: the documents follow at once.
    mark = c.published.length;
    writeFileSync(ws.file, '{ "rules": { "arabic-letters": "off" } }');
    await changed(c, ws.file);
    assert.deepEqual(rulesIn(await nextFor(c, doc, mark, (ds) => rulesIn(ds).includes('arabic-digits'))), ['arabic-digits']);

    // Broken JSON: one error on the file at its line, and the last good configuration stays.
    mark = c.published.length;
    writeFileSync(ws.file, '{\n  "rules": {\n    "arabic-letters": "off",\n    "kashida" "off"\n  }\n}');
    await changed(c, ws.file);
    const fileDiags = await nextFor(c, uriOf(ws.file), mark, (ds) => ds.length > 0);
    assert.equal(fileDiags.length, 1);
    assert.equal(fileDiags[0].severity, 1);
    assert.deepEqual(fileDiags[0].range.start, { line: 3, character: 14 });
    assert.match(String(fileDiags[0].message), /Invalid JSON/);
    await c.until('a warning in the log', () => c.logs.some((l) => /has errors, the last valid version stays in use/.test(l)));
    assert.deepEqual(rulesIn(await nextFor(c, doc, mark)), ['arabic-digits'], 'last good configuration still applies');

    // Fixed: the file's diagnostics clear.
    mark = c.published.length;
    writeFileSync(ws.file, '{ "rules": { "arabic-letters": "warning" } }');
    await changed(c, ws.file);
    assert.deepEqual(await nextFor(c, uriOf(ws.file), mark), []);
    const ds = await nextFor(c, doc, mark, (d) => rulesIn(d).length === 2);
    assert.equal(ds.find((d) => d.code === 'arabic-letters')!.severity, 2, 'severity from the file');

    // Deleted: back to the defaults.
    mark = c.published.length;
    rmSync(ws.file);
    await changed(c, ws.file, 3);
    const back = await nextFor(c, doc, mark, (d) => rulesIn(d).length === 2 && d.every((x) => x.code !== 'arabic-letters' || x.severity === 1));
    assert.deepEqual(rulesIn(back), ['arabic-digits', 'arabic-letters']);
  });

  it('settings < file where both speak; settings stay where the file is silent', async () => {
    const ws = workspace('precedence', '{ "rules": { "arabic-letters": "warning" } }');
    const c = await start([ws.root], { settings: { rules: { 'arabic-letters': 'hint', 'arabic-digits': 'hint' } } });
    const doc = uriOf(ws.doc);
    await open(c, doc);
    const ds = await nextFor(c, doc, 0, (d) => d.length === 2);
    assert.equal(ds.find((d) => d.code === 'arabic-letters')!.severity, 2, 'the file wins');
    assert.equal(ds.find((d) => d.code === 'arabic-digits')!.severity, 4, 'the setting stays');
  });

  it('style choices and ignored words in the settings; the file wins where both speak', async () => {
    const text = 'در سال ۱۴۰۳ این كتاب و آن كاشان.\n';
    const settings = { style: { digits: 'latin' }, ignoreWords: ['كتاب'] };
    const bare = workspace('settings-style');
    const c = await start([bare.root], { settings });
    await open(c, uriOf(bare.doc), text);
    const ds = await nextFor(c, uriOf(bare.doc), 0, (d) => d.length > 0);
    assert.deepEqual(ds.map((d) => `${d.code}:${text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)}`).sort(), [
      'arabic-letters:كاشان',
      'latin-digits:۱۴۰۳',
    ]);
    const withFile = workspace('settings-style-file', '{ "style": { "digits": "persian" }, "ignoreWords": ["كاشان"] }');
    const c2 = await start([withFile.root], { settings });
    await open(c2, uriOf(withFile.doc), text);
    await c2.until('a publish', () => c2.diagnosticsOf(uriOf(withFile.doc)));
    assert.deepEqual(c2.diagnosticsOf(uriOf(withFile.doc)), [], 'digits from the file, both ignore lists joined');
  });

  it('a failing substitution spec is an error on the file at that spec', async () => {
    const text = '{\n  "substitutions": [\n    {\n      "expected": "کتاب",\n      "patterns": ["كتاب"],\n      "specs": [\n        { "from": "كتاب", "to": "كتاب" }\n      ]\n    }\n  ]\n}';
    const ws = workspace('spec', text);
    const c = await start([ws.root]);
    await open(c, uriOf(ws.doc));
    const ds = await nextFor(c, uriOf(ws.file), 0, (d) => d.length > 0);
    assert.equal(ds.length, 1);
    assert.deepEqual(ds[0].range.start, { line: 6, character: 8 });
    assert.match(String(ds[0].message), /spec failed/);
  });

  it('multi-root: each workspace folder has its own file', async () => {
    const a = workspace('multi-a', '{ "rules": { "arabic-digits": "off" } }');
    const b = workspace('multi-b', '{ "rules": { "arabic-letters": "off" } }');
    const c = await start([a.root, b.root]);
    await open(c, uriOf(a.doc));
    await open(c, uriOf(b.doc));
    assert.deepEqual(rulesIn(await nextFor(c, uriOf(a.doc), 0)), ['arabic-letters']);
    assert.deepEqual(rulesIn(await nextFor(c, uriOf(b.doc), 0)), ['arabic-digits']);
  });

  it('quick fixes: ignore on this line (Markdown) and ignore the word in this workspace', async () => {
    const ws = workspace('actions', '{\n  "ignoreWords": []\n}\n');
    const c = await start([ws.root]);
    const docPath = join(ws.root, 'news', 'b.md');
    const doc = uriOf(docPath);
    await open(c, doc, TEXT, 'markdown');
    const ds = await nextFor(c, doc, 0, (d) => d.length > 0);
    const kaf = ds.find((d) => d.code === 'arabic-letters')!;
    const actions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc },
      range: kaf.range,
      context: { diagnostics: [kaf], only: ['quickfix'] },
    })) as CodeAction[];

    const line = actions.find((a) => a.title === 'Ignore this rule on this line (arabic-letters)');
    assert.ok(line, actions.map((a) => a.title).join(' | '));
    const lineEdit = (line.edit!.documentChanges![0] as TextDocumentEdit);
    assert.equal(lineEdit.textDocument.uri, doc);
    const after = TextDocument.applyEdits(TextDocument.create(doc, 'markdown', 1, TEXT), lineEdit.edits as TextEdit[]);
    assert.equal(after, `<!-- persian-qa-disable-next-line arabic-letters -->\n${TEXT}`);

    // Two diagnostics on the same word still give one of each action.
    const twice = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc },
      range: kaf.range,
      context: { diagnostics: [kaf, kaf], only: ['quickfix'] },
    })) as CodeAction[];
    assert.equal(twice.filter((a) => /in this workspace|on this line/.test(a.title)).length, 2);

    const word = actions.find((a) => a.title === 'Ignore “كتاب” in this workspace');
    assert.ok(word, actions.map((a) => a.title).join(' | '));
    const fileEdit = (word.edit as WorkspaceEdit).documentChanges![0] as TextDocumentEdit;
    assert.equal(fileEdit.textDocument.uri, uriOf(ws.file));
    const current = readFileSync(ws.file, 'utf8');
    const next = TextDocument.applyEdits(TextDocument.create(uriOf(ws.file), 'jsonc', 1, current), fileEdit.edits as TextEdit[]);
    assert.deepEqual(JSON.parse(next), { ignoreWords: ['كتاب'] });

    // The editor applies the edit and saves; the watcher reports it; the finding is gone.
    const mark = c.published.length;
    writeFileSync(ws.file, next);
    await changed(c, ws.file);
    assert.deepEqual(rulesIn(await nextFor(c, doc, mark, (d) => !rulesIn(d).includes('arabic-letters'))), ['arabic-digits']);

    // Plain text has no comments: only the word action is offered there.
    const plain = uriOf(join(ws.root, 'news', 'c.txt'));
    await open(c, plain, 'سال ٣\n');
    const digit = (await nextFor(c, plain, mark, (d) => d.length > 0))[0];
    const plainActions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: plain },
      range: digit.range,
      context: { diagnostics: [digit], only: ['quickfix'] },
    })) as CodeAction[];
    assert.ok(!plainActions.some((a) => /on this line/.test(a.title)));
    assert.ok(!plainActions.some((a) => /in this workspace/.test(a.title)), 'a digit is not a word to ignore');
  });

  it('creates the house-style file at the workspace root when there is none (client permitting)', async () => {
    const ws = workspace('create');
    const c = await start([ws.root], { createFiles: true });
    const doc = uriOf(ws.doc);
    await open(c, doc);
    const kaf = (await nextFor(c, doc, 0, (d) => d.length > 0)).find((d) => d.code === 'arabic-letters')!;
    const actions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc },
      range: kaf.range,
      context: { diagnostics: [kaf], only: ['quickfix'] },
    })) as CodeAction[];
    const word = actions.find((a) => /in this workspace/.test(a.title));
    assert.ok(word);
    const changes = word.edit!.documentChanges!;
    assert.deepEqual(changes[0], { kind: 'create', uri: uriOf(ws.file), options: { ignoreIfExists: true } });
    const insert = (changes[1] as TextDocumentEdit).edits[0] as TextEdit;
    assert.deepEqual(JSON.parse(insert.newText), { ignoreWords: ['كتاب'] });
  });
});
