"""Field extractors: one module per kind of fact (contact, positions, education, skills,
publications, awards, projects) and the owner of an anonymous résumé.

Each reads the lines of the sections :mod:`..segment` found and returns typed records of
:mod:`..models`, every one with its source span.
"""
