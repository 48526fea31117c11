local newslens_client = nil
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'text', 'markdown' },
  callback = function(args)
    if newslens_client == nil then
      newslens_client = vim.lsp.start_client({
        name = 'newslens',
        cmd = { 'newslens-server', '--stdio' },
        root_dir = vim.fn.getcwd(),
        settings = { newslens = {} },
      })
    end
    vim.lsp.buf_attach_client(args.buf, newslens_client)
  end,
})
