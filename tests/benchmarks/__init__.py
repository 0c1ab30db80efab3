"""Benchmarks: each reports its time as a ratio to a baseline measured in the same run.

Machines here are noisy, so absolute times mean little; ratios to a baseline
taken moments apart on the same machine do. Benchmarks report and never fail.
"""
