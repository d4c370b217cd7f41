#!/usr/bin/env node
'use strict';
process.stdout.write('not yet: the benchmark arrives with the performance issue (#7).\n');
