"""Segmentation: a read document cut into cleaned lines, sections and dated entries.

Between the readers (:mod:`..read`) and the field extractors (:mod:`..fields`): nothing here
knows what a job or a degree is, only where one section or entry ends and the next begins.
"""
