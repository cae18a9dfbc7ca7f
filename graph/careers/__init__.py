"""Careers as data: each role's occupation and seniority, each skill's months of experience.

Computed from the typed résumé records during the build (:mod:`talentgraph.graph.build`):
:mod:`.occupations` matches titles to the O*NET-SOC taxonomy, :mod:`.seniority` reads the
level of each role, :mod:`.experience` counts the months each skill was used, as of the
date :mod:`.asof` chooses.
"""
