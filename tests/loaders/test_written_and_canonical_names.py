"""A record names an organization or skill as the résumé writes it, with the
taxonomy's canonical name beside it, never instead of it."""

from __future__ import annotations

from support.records import record_of

from talentgraph.loaders.to_jsonresume import skill_label


def test_skill_names_spell_out_but_do_not_replace_what_is_written() -> None:
    assert skill_label("AWS") == "Amazon Web Services"
    assert skill_label("Spark") == "Apache Spark"
    assert skill_label("pytorch") == "PyTorch"
    assert skill_label("REST") == "REST"  # the label adds a head noun: "REST APIs"
    assert skill_label("ROS 2") == "ROS 2"  # narrower than the concept "ROS"
    assert skill_label("Bayesian Statistics") == "Bayesian Statistics"
    assert skill_label("Postgres") == "PostgreSQL"  # a shorter spelling
    assert skill_label("k8s") == "Kubernetes"  # a numeronym
    assert skill_label("MS Excel") == "Microsoft Excel"  # an abbreviated vendor
    assert skill_label("AI/ML") == "Machine Learning"
    assert skill_label("Vite") == "Vite"  # a sibling tool the taxonomy files under webpack


def test_a_tool_suffix_in_the_written_name_is_taken_off_never_added() -> None:
    assert skill_label("React.js") == "React"
    assert skill_label("ReactJS") == "React"
    assert skill_label("Cypress.io") == "Cypress"
    assert skill_label("Spyder IDE") == "Spyder"
    assert skill_label("Express") == "Express"  # the taxonomy's "Express.js" adds it


def test_organizations_keep_the_written_name_with_the_canonical_beside_it() -> None:
    doc = record_of("Ana Ortiz\n\nEXPERIENCE\nGoogle Inc. — Software Engineer | 2019 – 2021\n\n"
                    "EDUCATION\nTechnische Universität München | M.Sc. Informatics | 2017 – 2019\n")
    assert doc["work"][0]["name"] == "Google"
    school = doc["education"][0]
    assert school["institution"] == "Technische Universität München"
    assert school["canonicalName"] == "Technical University of Munich"
