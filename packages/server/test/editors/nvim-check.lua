-- Run by editors.test.ts: waits for the cross-report diagnostics, asks hover and definition on
-- "Wang Kejian", writes what came back to $NEWSLENS_OUT and quits.
local out = {}
local ok = vim.wait(30000, function()
  for _, d in ipairs(vim.diagnostic.get(0)) do if d.code == 'name-variant' then return true end end
  return false
end, 100)
table.insert(out, 'name-variant: ' .. tostring(ok))
for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(out, 'code: ' .. tostring(d.code)) end
local line = vim.fn.search('Wang Kejian')
local col = vim.fn.col('.')
local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = line - 1, character = col + 1 } }
for _, r in pairs(vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 10000) or {}) do
  table.insert(out, 'hover: ' .. ((r.result and r.result.contents.value) or 'nil'):gsub('\n', ' '))
end
for _, r in pairs(vim.lsp.buf_request_sync(0, 'textDocument/definition', params, 10000) or {}) do
  local first = r.result and r.result[1]
  table.insert(out, 'definition: ' .. tostring(first and (first.targetUri or first.uri)))
end
vim.fn.writefile(out, os.getenv('NEWSLENS_OUT'))
vim.cmd('qa!')
