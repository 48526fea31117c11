;; Run by editors.test.ts: the eglot configuration of docs/editors.md, then hover and definition
;; on "Wang Kejian"; writes what came back to $NEWSLENS_OUT.
(require 'eglot)
(add-to-list 'eglot-server-programs
             '((text-mode markdown-mode) . ("newslens-server" "--stdio")))
(setq-default eglot-workspace-configuration
              '(:newslens (:rules (:name-variant "information"))))
(defun nl-out (s) (append-to-file (concat s "\n") nil (getenv "NEWSLENS_OUT")))
(find-file (getenv "NEWSLENS_FILE"))
;; eglot-ensure waits for a command loop that batch mode does not run: start it directly.
(apply #'eglot (eglot--guess-contact))
(let ((deadline (+ (float-time) 30)) (found nil))
  (while (and (not found) (< (float-time) deadline))
    (accept-process-output nil 0.2)
    (setq found (seq-find (lambda (d) (string-match-p "Spelled" (flymake-diagnostic-text d))) (flymake-diagnostics))))
  (nl-out (format "name-variant: %s" (if found "true" "false")))
  (dolist (d (flymake-diagnostics)) (nl-out (format "diagnostic: %s" (flymake-diagnostic-text d)))))
(goto-char (point-min))
(search-forward "Wang Kejian")
(backward-char 3)
(let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams))))
  (nl-out (format "hover: %s" (replace-regexp-in-string "\n" " " (plist-get (plist-get hover :contents) :value)))))
(let ((defs (jsonrpc-request (eglot-current-server) :textDocument/definition (eglot--TextDocumentPositionParams))))
  (nl-out (format "definition: %s" (plist-get (aref defs 0) :targetUri))))
(kill-emacs 0)
