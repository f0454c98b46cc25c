"""Comparisons with azure-batch 15.1.0 (run by ``nox -s compat``; skipped without it)."""
