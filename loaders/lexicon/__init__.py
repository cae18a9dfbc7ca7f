"""What words mean: dates, places, job-title and organization words, and the door to the
ontology's taxonomies (skills, organizations, venues, degrees).

Language-specific vocabulary (month names, section headings, "present" words, degree names)
is data under ``lexicon/data/``, so a contributor adds a language without touching code.
"""
