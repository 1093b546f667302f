/**
 * The stdio transport with a message encoder that writes publishDiagnostics from JSON kept per
 * diagnostic (diagnostic-cache.ts) instead of serializing the whole list again on each keystroke.
 * The bytes are the JSON of the same message: only where they come from differs. Other messages,
 * and lists not registered here, are encoded as vscode-jsonrpc does.
 */
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import type { Message } from 'vscode-languageserver/node';

/** The JSON of each element of a diagnostics array, registered by the code that publishes it. */
const fragments = new WeakMap<object, () => Buffer[]>();

export function withFragments<T extends object>(diagnostics: T, json: () => Buffer[]): T {
  fragments.set(diagnostics, json);
  return diagnostics;
}

const MARK = '\u0000pqa-diagnostics\u0000';
const COMMA = Buffer.from(',');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');

/** The message as UTF-8 JSON; pre-serialized diagnostics spliced in where registered. */
export function encodeMessage(msg: Message): Buffer {
  const params = (msg as { params?: { diagnostics?: unknown } }).params;
  const json = params && typeof params === 'object' && params.diagnostics && typeof params.diagnostics === 'object' ? fragments.get(params.diagnostics) : undefined;
  if (!json) return Buffer.from(JSON.stringify(msg), 'utf8');
  const text = JSON.stringify({ ...msg, params: { ...params, diagnostics: MARK } });
  const quoted = JSON.stringify(MARK);
  const at = text.lastIndexOf(quoted);
  const parts = json();
  const out: Buffer[] = [Buffer.from(text.slice(0, at), 'utf8'), OPEN];
  parts.forEach((p, i) => {
    if (i) out.push(COMMA);
    out.push(p);
  });
  out.push(CLOSE, Buffer.from(text.slice(at + quoted.length), 'utf8'));
  return Buffer.concat(out);
}

/** Reader and writer over stdin/stdout with the encoder above. */
export function stdioTransport(): [StreamMessageReader, StreamMessageWriter] {
  const writer = new StreamMessageWriter(process.stdout, {
    charset: 'utf-8',
    contentTypeEncoder: {
      name: 'application/json',
      encode: (msg) => {
        try {
          return Promise.resolve(encodeMessage(msg));
        } catch (e) {
          return Promise.reject(e);
        }
      },
    },
  });
  return [new StreamMessageReader(process.stdin), writer];
}
