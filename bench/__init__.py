"""The benchmark: a Europe-sized register and every user-facing operation beside its floor.

``python -m bench`` (``make bench``) runs it; see bench/cli.py for the options.
"""
