"""One module per command-line sub-command; each returns an exit code."""
