"""The `beslut` command: a thin click front end over archive/ (and tui/ for `beslut tui`)."""
