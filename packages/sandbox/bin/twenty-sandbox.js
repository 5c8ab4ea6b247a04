#!/usr/bin/env node
// The `twenty-sandbox` command. A committed file (not dist/cli.js itself), so the workspace can link it before the
// first build; the command line is dist/cli.js.
import '../dist/cli.js'
