-- Headless Neovim (0.7) as a second LSP client of dist/server.js; driven by test/nvim/run.ts.
-- Env: PQA_SERVER (server script), PQA_NODE (node binary), PQA_CASE (JSON: what to expect),
-- PQA_OUT (where the JSON list of checks is written). Exits with the number of failed checks.
-- Everything is event-driven: vim.wait() returns as soon as its condition holds.

local case = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('PQA_CASE')), '\n'))
local checks = {}
local function check(name, ok, detail)
  table.insert(checks, { name = name, ok = ok and true or false, detail = detail or '' })
  return ok
end

local function finish()
  local failed = 0
  for _, c in ipairs(checks) do
    if not c.ok then failed = failed + 1 end
  end
  vim.fn.writefile({ vim.fn.json_encode(checks) }, os.getenv('PQA_OUT'))
  for _, client in pairs(vim.lsp.get_active_clients()) do client.stop(true) end
  if failed == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. failed) end
end

local function buffer_text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
end

-- Raw LSP diagnostics as published (UTF-16 positions), next to Neovim's own (byte columns).
local published = {}
local publish_count = 0
local server_exit -- set when the server process ends, so no wait outlives it

local function run()
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'persian-qa',
    cmd = { os.getenv('PQA_NODE') or 'node', os.getenv('PQA_SERVER'), '--stdio' },
    root_dir = vim.fn.getcwd(),
    flags = { debounce_text_changes = 0 },
    on_exit = function(code, signal) server_exit = ('server exited: code %s, signal %s'):format(code, signal) end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        published[result.uri] = result.diagnostics
        publish_count = publish_count + 1
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
  })
  if not check('client started', client_id ~= nil) then return finish() end
  vim.lsp.buf_attach_client(buf, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  local uri = vim.uri_from_bufnr(buf)

  -- 1. Pushed diagnostics arrive, with our rule codes on the expected lines.
  local got = vim.wait(case.timeout_ms, function()
    return server_exit ~= nil or #vim.diagnostic.get(buf) >= #case.diagnostics
  end, 10)
  local diags = vim.diagnostic.get(buf)
  table.sort(diags, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  check('pushed diagnostics received', got and not server_exit, ('%d diagnostics %s'):format(#diags, server_exit or ''))
  if server_exit then return finish() end
  check('offset encoding', client.offset_encoding == 'utf-16', tostring(client.offset_encoding))
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local seen = {}
  for _, d in ipairs(diags) do
    -- Neovim turned the server's UTF-16 columns into byte columns: the bytes must be the word.
    local text = string.sub(lines[d.lnum + 1], d.col + 1, d.end_col)
    table.insert(seen, ('%s@%d:%s'):format(tostring(d.code), d.lnum, text))
  end
  local want = {}
  for _, d in ipairs(case.diagnostics) do table.insert(want, ('%s@%d:%s'):format(d.code, d.line, d.text)) end
  check('diagnostic codes, lines and ranges', table.concat(seen, ' ') == table.concat(want, ' '),
    'got ' .. table.concat(seen, ' ') .. ' | want ' .. table.concat(want, ' '))

  -- 2. The preferred quick fix for the first expected diagnostic changes exactly that word.
  local raw
  for _, d in ipairs(published[uri] or {}) do
    if d.code == case.quickfix.code and d.range.start.line == case.quickfix.line then raw = d break end
  end
  if not check('raw diagnostic for quick fix', raw ~= nil) then return finish() end
  local before = publish_count
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = raw.range,
    context = { diagnostics = { raw }, only = { 'quickfix' } },
  }, case.timeout_ms) or {}
  local action
  for _, r in pairs(responses) do
    for _, a in ipairs(r.result or {}) do
      if a.isPreferred and not action then action = a end
    end
  end
  if not check('preferred quick fix offered', action ~= nil, vim.inspect(responses):sub(1, 400)) then return finish() end
  if not action.edit and action.data then
    local resolved = client.request_sync('codeAction/resolve', action, case.timeout_ms, buf)
    if resolved and resolved.result then action = resolved.result end
  end
  if action.edit then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  elseif action.command then
    client.request_sync('workspace/executeCommand', action.command, case.timeout_ms, buf)
  end
  check('quick fix result', buffer_text(buf) == case.after_quickfix, buffer_text(buf))

  -- The server re-lints the edited buffer and drops the fixed diagnostic.
  local republished = vim.wait(case.timeout_ms, function()
    return publish_count > before and #vim.diagnostic.get(buf) == #case.diagnostics - 1
  end, 10)
  check('diagnostics updated after the edit', republished, ('%d diagnostics'):format(#vim.diagnostic.get(buf)))

  -- 3. source.fixAll.persianQA over the whole buffer.
  local last = #lines - 1
  responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = last, character = 0 } },
    context = { diagnostics = published[uri] or {}, only = { 'source.fixAll.persianQA' } },
  }, case.timeout_ms) or {}
  local fixall
  for _, r in pairs(responses) do
    for _, a in ipairs(r.result or {}) do fixall = fixall or a end
  end
  if check('source.fixAll.persianQA offered', fixall ~= nil, vim.inspect(responses):sub(1, 400)) then
    if not fixall.edit and fixall.data then
      local resolved = client.request_sync('codeAction/resolve', fixall, case.timeout_ms, buf)
      if resolved and resolved.result then fixall = resolved.result end
    end
    if fixall.edit then vim.lsp.util.apply_workspace_edit(fixall.edit, client.offset_encoding)
    elseif fixall.command then client.request_sync('workspace/executeCommand', fixall.command, case.timeout_ms, buf) end
    check('fix-all result', buffer_text(buf) == case.after_fixall, buffer_text(buf))
  end
  finish()
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, err = pcall(run)
    if not ok then
      check('no Lua error', false, tostring(err))
      finish()
    end
  end,
})
