"""Batch runs over archives: where scoring runs (execute, work), what it writes (writers), what it
reports (stats, report, progress), and the run that ties them together (run)."""
