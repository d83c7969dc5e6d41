process.stdout.write('okr: not yet implemented\n');
