"""Benchmarks of the date and number engine against peer extractors.

Run the scripts directly (``python bench/accuracy.py``); nothing here is
imported at run time by the ``checks`` package.
"""
