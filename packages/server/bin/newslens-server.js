#!/usr/bin/env node
// newslens-server --stdio: the newslens language server (the compiled entry in dist/).
import '../dist/src/main.js';
