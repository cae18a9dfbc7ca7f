"""Benchmarks: ``python -m bench`` (see :mod:`bench.run`)."""
